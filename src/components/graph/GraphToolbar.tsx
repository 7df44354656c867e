import { useAppStore } from '../../store/useAppStore';

export function GraphToolbar() {
  const relayout = useAppStore((s) => s.relayout);
  const requestFit = useAppStore((s) => s.requestFit);
  return (
    <div className="graph-toolbar">
      <button type="button" onClick={() => requestFit()}>Fit to screen</button>
      <button type="button" onClick={relayout} title="Put every entity back where the layout placed it">Re-layout</button>
    </div>
  );
}
