import { useAppStore } from '../../store/useAppStore';
import { ComparePanel } from '../tools/ComparePanel';
import { ExposurePanel } from '../tools/ExposurePanel';
import { OpenChannelsPanel } from '../tools/OpenChannelsPanel';
import { PathFinder } from '../tools/PathFinder';
import { SavedViewsPanel } from '../tools/SavedViewsPanel';
import { AsOfControl } from './AsOfControl';
import { AuthorityFilter } from './AuthorityFilter';
import { CountryFilter } from './CountryFilter';
import { RoundFilter } from './RoundFilter';

export function FilterPanel() {
  const resetFilters = useAppStore((s) => s.resetFilters);
  return (
    <aside className="filters" aria-label="Filters and tools">
      <SavedViewsPanel />
      <PathFinder />
      <ExposurePanel />
      <OpenChannelsPanel />
      <ComparePanel />
      <button type="button" className="reset" onClick={resetFilters}>
        Reset filters
      </button>
      <AsOfControl />
      <CountryFilter />
      <AuthorityFilter />
      <RoundFilter />
    </aside>
  );
}
