import type { StateCreator } from 'zustand';
import { indexDataset, type DatasetIndex } from '../model/datasetIndex';
import type { Dataset } from '../model/types';
import type { Problem } from '../validate/problems';
import type { AppState, SliceActions } from './appState';
import { stateForNewDataset } from './initialAppState';

export interface DatasetSlice {
  /** The validated dataset with its lookups; null until one has loaded. */
  index: DatasetIndex | null;
  /** Why the last dataset could not be loaded; what was loaded before stays. */
  loadProblems: Problem[];
  /** The name of the file or address those problems are about. */
  loadProblemsSource: string | null;
  /** Opens `dataset`; `index`, when given, is its index already made (indexDatasetInSteps). */
  setDataset: (dataset: Dataset, index?: DatasetIndex) => void;
  setLoadProblems: (problems: Problem[], source: string | null) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], SliceActions<DatasetSlice>> = (set, get) => ({
  setDataset: (dataset, indexed) => {
    const index = indexed?.dataset === dataset ? indexed : indexDataset(dataset);
    // A new dataset starts from its own opening view: ids from the old one (selection, focus, path ends,
    // an exposure authority) would point at nothing.
    set((state) => stateForNewDataset(state, index));
    get().loadSavedViews();
  },
  setLoadProblems: (loadProblems, loadProblemsSource) => set({ loadProblems, loadProblemsSource }),
});
