import { authoritiesInDataset } from '../../analysis/authorities';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** "Listed by A but not by B", as of the chosen date. */
export function AuthorityFilter() {
  const index = useAppStore(selectIndex);
  // Each field on its own: the panel redraws when they change, not when any filter does.
  const listedBy = useAppStore((s) => s.filters.listedBy);
  const notListedBy = useAppStore((s) => s.filters.notListedBy);
  const setListedBy = useAppStore((s) => s.setListedBy);
  const setNotListedBy = useAppStore((s) => s.setNotListedBy);
  if (!index) return null;
  const authorities = authoritiesInDataset(index);
  return (
    <fieldset className="filter-group">
      <legend>Authorities</legend>
      <label className="inline-select">
        Listed by
        <select aria-label="Listed by" value={listedBy ?? ''} onChange={(e) => setListedBy(e.target.value || null)}>
          <option value="">anyone or no one</option>
          {authorities.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-select">
        Not listed by
        <select
          aria-label="Not listed by"
          value={notListedBy ?? ''}
          onChange={(e) => setNotListedBy(e.target.value || null)}
        >
          <option value="">no condition</option>
          {authorities.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
