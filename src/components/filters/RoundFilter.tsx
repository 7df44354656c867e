import { useMemo } from 'react';
import { roundLabel } from '../../model/rounds';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** Shows only what the ticked rounds listed, with their direct partners dimmed as context. */
export function RoundFilter() {
  const index = useAppStore(selectIndex);
  const rounds = useAppStore((s) => s.filters.rounds);
  const toggleRound = useAppStore((s) => s.toggleRound);
  const selectRound = useAppStore((s) => s.selectRound);
  // Counted once per dataset: counted per round on every redraw, 12 rounds of 7,000 listings each time.
  const listedCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const listing of index?.dataset.listings ?? [])
      counts.set(listing.round, (counts.get(listing.round) ?? 0) + 1);
    return counts;
  }, [index]);
  if (!index) return null;

  return (
    <fieldset className="filter-group">
      <legend>Sanctions rounds</legend>
      <p className="hint">
        {rounds.length === 0 ? 'All rounds. Tick rounds to show only what they listed.' : `${rounds.length} chosen`}
      </p>
      <ul className="checklist rounds">
        {index.roundsByDate.map((round) => (
          <li key={round.id} className="round-row">
            <label title={round.title}>
              <input type="checkbox" checked={rounds.includes(round.id)} onChange={() => toggleRound(round.id)} />
              <span className="checklist-name">{roundLabel(round)}</span>
              <span className="count" aria-hidden="true">
                {listedCounts.get(round.id) ?? 0}
              </span>
            </label>
            <button
              type="button"
              className="info"
              aria-label={`About ${roundLabel(round)}`}
              onClick={() => selectRound(round.id)}
            >
              i
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
