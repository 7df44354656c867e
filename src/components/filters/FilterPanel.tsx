import { useAppStore } from '../../store/useAppStore';
import { lazyPart } from '../lazy/lazyPart';
import { ExposurePanel } from '../tools/ExposurePanel';
import { PathFinder } from '../tools/PathFinder';
import { AsOfControl } from './AsOfControl';
import { AuthorityFilter } from './AuthorityFilter';
import { CountryFilter } from './CountryFilter';
import { RoundFilter } from './RoundFilter';

// Tools most sessions leave closed load after the explorer, so the first script holds the explorer only.
const SavedViewsPanel = lazyPart('saved views', () =>
  import('../tools/SavedViewsPanel').then((m) => m.SavedViewsPanel),
);
const OpenChannelsPanel = lazyPart('open channels', () =>
  import('../tools/OpenChannelsPanel').then((m) => m.OpenChannelsPanel),
);
const ComparePanel = lazyPart('compare', () => import('../tools/ComparePanel').then((m) => m.ComparePanel));

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
