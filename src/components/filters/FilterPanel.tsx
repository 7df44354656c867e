import { useAppStore } from '../../store/useAppStore';
import { AsOfControl } from './AsOfControl';
import { CountryFilter } from './CountryFilter';
import { RoundFilter } from './RoundFilter';

export function FilterPanel() {
  const resetFilters = useAppStore((s) => s.resetFilters);
  return (
    <aside className="filters" aria-label="Filters">
      <button type="button" className="reset" onClick={resetFilters}>Reset filters</button>
      <AsOfControl />
      <CountryFilter />
      <RoundFilter />
    </aside>
  );
}
