import type { StateCreator } from 'zustand';
import { openingFilters } from '../filter/openingFilters';
import { initialToolsState } from '../view/viewState';
import { indexDataset, type DatasetIndex } from '../model/datasetIndex';
import type { Dataset } from '../model/types';
import type { Problem } from '../validate/problems';
import type { AppState } from './appState';

export interface DatasetSlice {
  /** The validated dataset with its lookups; null until one has loaded. */
  index: DatasetIndex | null;
  /** Why the last dataset could not be loaded; what was loaded before stays. */
  loadProblems: Problem[];
  /** The name of the file or address those problems are about. */
  loadProblemsSource: string | null;
  setDataset: (dataset: Dataset) => void;
  setLoadProblems: (problems: Problem[], source: string | null) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => ({
  index: null,
  loadProblems: [],
  loadProblemsSource: null,
  setDataset: (dataset) => {
    const index = indexDataset(dataset);
    // A new dataset starts from its own opening view: ids from the old one (selection, focus, path ends,
    // an exposure authority) would point at nothing.
    set((state) => ({
      index,
      positions: null,
      drawn: false,
      openClusters: new Set<string>(),
      selection: null,
      filters: openingFilters(index),
      tools: { ...initialToolsState(), tab: state.tools.tab },
    }));
    get().loadSavedViews();
  },
  setLoadProblems: (loadProblems, loadProblemsSource) => set({ loadProblems, loadProblemsSource }),
});
