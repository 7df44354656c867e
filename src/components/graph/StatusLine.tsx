import { selectStatusText } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { formatCount } from '../../model/formatCount';

/** `42 of 61 entities · 55 of 80 links · 30 sanctioned as of 2023-09-25`; appears once the graph is drawn. */
export function StatusLine() {
  const text = useAppStore(selectStatusText);
  const layoutError = useAppStore((s) => s.layoutError);
  const progress = useAppStore((s) => s.layoutProgress);
  const entityCount = useAppStore((s) => s.index?.dataset.entities.length ?? 0);
  if (layoutError)
    return (
      <p className="status-line error" role="alert">
        The layout failed: {layoutError}
      </p>
    );
  if (text)
    return (
      <p className="status-line" role="status">
        {text}
      </p>
    );
  return (
    <p className="status-line muted">
      Laying out {formatCount(entityCount)} entities…{' '}
      {progress !== null && <progress aria-label="Layout progress" max={1} value={progress} />}
    </p>
  );
}
