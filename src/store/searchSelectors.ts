import { buildSearchIndex } from '../analysis/search';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';

const searchIndexOf = memoizeLast((dataset: NonNullable<AppState['index']>['dataset']) => buildSearchIndex(dataset));

/** The search index of the current dataset, built once per dataset. */
export const selectSearchIndex = (s: AppState) => (s.index ? searchIndexOf(s.index.dataset) : null);
