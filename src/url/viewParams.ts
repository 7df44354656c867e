import { IsoDate } from '../model/schema';
import type { DatasetIndex } from '../model/datasetIndex';
import { initialFilterState, type FilterState } from '../filter/filterState';
import type { Selection } from '../store/selectionSlice';

/** The part of the state a URL carries: what a shared link must reproduce. */
export interface ViewParams {
  filters: FilterState;
  selection: Selection;
}

const VIEW_KEYS = ['countries', 'asof', 'hide', 'rounds', 'entity', 'link', 'round'] as const;

/**
 * Writes the view into a query string, keeping any other parameters (such as `data`) as they are.
 * Values are comma-separated ids; ids cannot hold commas, so no escaping beyond URI encoding is needed.
 */
export function writeViewParams(currentSearch: string, view: ViewParams): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of VIEW_KEYS) params.delete(key);
  const parts = [...params].map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  const add = (key: string, value: string) => parts.push(`${key}=${value.split(',').map(encodeURIComponent).join(',')}`);
  const { filters, selection } = view;
  if (filters.countries !== null) add('countries', filters.countries.join(','));
  if (filters.asOf !== null) add('asof', filters.asOf);
  if (filters.hideNotYetListed) add('hide', 'not-yet-listed');
  if (filters.rounds.length > 0) add('rounds', filters.rounds.join(','));
  if (selection) add(selection.type, selection.id);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Reads a view from a query string, dropping anything the dataset does not know. */
export function readViewParams(search: string, index: DatasetIndex): ViewParams {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const countryCodes = new Set(index.countryCounts.map((c) => c.code));
  const filters: FilterState = initialFilterState();
  if (params.has('countries')) filters.countries = list('countries').filter((code) => countryCodes.has(code));
  const asOf = params.get('asof');
  if (asOf && IsoDate.safeParse(asOf).success) filters.asOf = asOf;
  filters.hideNotYetListed = params.get('hide') === 'not-yet-listed';
  filters.rounds = list('rounds').filter((id) => index.roundById.has(id));

  return { filters, selection: readSelection(params, index) };
}

function readSelection(params: URLSearchParams, index: DatasetIndex): Selection {
  const known = { entity: index.entityById, link: index.linkById, round: index.roundById } as const;
  for (const type of ['entity', 'link', 'round'] as const) {
    const id = params.get(type);
    if (id && known[type].has(id)) return { type, id };
  }
  return null;
}
