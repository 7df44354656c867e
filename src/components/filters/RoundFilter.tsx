import { roundLabel } from '../../model/rounds';
import { selectFilters, selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** Shows only what the ticked rounds listed, with their direct partners dimmed as context. */
export function RoundFilter() {
  const index = useAppStore(selectIndex);
  const { rounds } = useAppStore(selectFilters);
  const toggleRound = useAppStore((s) => s.toggleRound);
  const selectRound = useAppStore((s) => s.selectRound);
  if (!index) return null;
  const listedCount = (roundId: string) => index.dataset.listings.filter((l) => l.round === roundId).length;

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
                {listedCount(round.id)}
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
