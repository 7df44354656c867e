import { filingCountry } from '../model/countries';
import type { DatasetIndex } from '../model/datasetIndex';
import { initialFilterState, type FilterState } from './filterState';

/** The filters a dataset opens with (its `view`), which `Reset filters` also returns to. */
export function openingFilters(index: DatasetIndex | null): FilterState {
  const view = index?.dataset.view;
  const filters = initialFilterState();
  if (!view) return filters;
  if (view.asOf) filters.asOf = view.asOf;
  if (view.countries) filters.countries = [...new Set(view.countries.map(filingCountry))];
  if (view.rounds) filters.rounds = view.rounds;
  if (view.hideNotYetListed) filters.hideNotYetListed = true;
  return filters;
}
