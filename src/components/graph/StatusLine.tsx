import { selectStatusText } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** `42 of 61 entities · 55 of 80 links · 30 sanctioned as of 2023-09-25`; appears once the graph is drawn. */
export function StatusLine() {
  const text = useAppStore(selectStatusText);
  const layoutError = useAppStore((s) => s.layoutError);
  if (layoutError) return <p className="status-line error" role="alert">The layout failed: {layoutError}</p>;
  if (!text) return <p className="status-line muted">Drawing the network…</p>;
  return <p className="status-line" role="status">{text}</p>;
}
