import type { Dataset } from '../model/types';
import { memoizeLast } from './memoizeLast';

/** The search code (with minisearch), loaded when a search field is first used. */
export const loadSearch = () => import('../analysis/search');
type Search = Awaited<ReturnType<typeof loadSearch>>;

/** The search index of a dataset, built once per dataset, once the search code is here. */
export const searchIndexOf = memoizeLast((search: Search, dataset: Dataset) => search.buildSearchIndex(dataset));
