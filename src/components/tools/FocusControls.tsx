import { DIRECTIONS, type Direction } from '../../analysis/neighbourhood';
import { useAppStore } from '../../store/useAppStore';

const DIRECTION_NAMES: Record<Direction, string> = {
  both: 'both ways',
  out: 'downstream (customers)',
  in: 'upstream (suppliers)',
};

/** Focus on an entity's neighbourhood: the button, and the hops and direction of the focus in force. */
export function FocusControls({ entityId }: { entityId: string }) {
  const focus = useAppStore((s) => s.filters.focus);
  const focusOn = useAppStore((s) => s.focusOn);
  const setFocusHops = useAppStore((s) => s.setFocusHops);
  const setFocusDirection = useAppStore((s) => s.setFocusDirection);
  const showAll = useAppStore((s) => s.showAll);
  const focusedHere = focus?.entity === entityId;
  return (
    <div className="focus-controls">
      <button type="button" onClick={() => focusOn(entityId)} aria-pressed={focusedHere}>
        Focus
      </button>
      <label>
        Hops{' '}
        <select
          aria-label="Hops"
          value={focus?.hops ?? 1}
          disabled={!focus}
          onChange={(e) => setFocusHops(Number(e.target.value))}
        >
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        <select
          aria-label="Direction"
          value={focus?.direction ?? 'both'}
          disabled={!focus}
          onChange={(e) => setFocusDirection(e.target.value as Direction)}
        >
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {DIRECTION_NAMES[d]}
            </option>
          ))}
        </select>
      </label>
      {focus && (
        <button type="button" onClick={showAll}>
          Show all
        </button>
      )}
    </div>
  );
}

/** Says what the graph is focused on, with the way back; shown above the graph while a focus is on. */
export function FocusBanner() {
  const focus = useAppStore((s) => s.filters.focus);
  const name = useAppStore((s) => (focus ? s.index?.entityById.get(focus.entity)?.name : undefined));
  const showAll = useAppStore((s) => s.showAll);
  if (!focus) return null;
  return (
    <p className="banner">
      Focus: {name}, {focus.hops} hop{focus.hops === 1 ? '' : 's'} {DIRECTION_NAMES[focus.direction]}{' '}
      <button type="button" onClick={showAll}>
        Show all
      </button>
    </p>
  );
}
