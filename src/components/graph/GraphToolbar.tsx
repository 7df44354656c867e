import { useAppStore } from '../../store/useAppStore';
import { ExportMenu } from '../ExportMenu';
import { PlayButton } from '../present/PlayButton';

export function GraphToolbar() {
  const relayout = useAppStore((s) => s.relayout);
  const fitView = useAppStore((s) => s.fitView);
  const setPresenting = useAppStore((s) => s.setPresenting);
  return (
    <div className="graph-toolbar">
      <button type="button" onClick={() => fitView()}>
        Fit to screen
      </button>
      <button type="button" onClick={relayout} title="Put every entity back where the layout placed it">
        Re-layout
      </button>
      <PlayButton />
      <ExportMenu />
      <button
        type="button"
        onClick={() => setPresenting(true)}
        title="Full screen for a projector; arrows step through rounds, Escape leaves"
      >
        Present
      </button>
    </div>
  );
}
