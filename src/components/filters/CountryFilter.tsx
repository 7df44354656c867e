import { countryName } from '../../model/countries';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** One checkbox per filing country, with how many entities each holds. Hong Kong counts under China. */
export function CountryFilter() {
  const index = useAppStore(selectIndex);
  const countries = useAppStore((s) => s.filters.countries);
  const toggleCountry = useAppStore((s) => s.toggleCountry);
  const setCountries = useAppStore((s) => s.setCountries);
  if (!index) return null;
  const allCodes = index.countryCounts.map((c) => c.code);
  const chosen = new Set(countries ?? allCodes);

  return (
    <fieldset className="filter-group">
      <legend>Countries</legend>
      <div className="filter-actions">
        <button type="button" onClick={() => setCountries(null)}>
          All
        </button>
        <button type="button" onClick={() => setCountries([])}>
          None
        </button>
      </div>
      <ul className="checklist">
        {index.countryCounts.map(({ code, count }) => (
          <li key={code}>
            <label>
              <input
                type="checkbox"
                aria-label={countryName(code)}
                checked={chosen.has(code)}
                onChange={() => toggleCountry(code, allCodes)}
              />
              <span className="checklist-name">{countryName(code)}</span>
              <span className="count" aria-hidden="true">
                {count}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
