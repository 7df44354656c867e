import type { StateCreator } from 'zustand';
import type { AppState, SliceActions } from './appState';

const NONE: ReadonlySet<string> = new Set();

export interface OverviewSlice {
  /** The overview's clusters the user opened, by zooming in or clicking; those holding targets open on their own. */
  openClusters: ReadonlySet<string>;
  setOpenClusters: (ids: ReadonlySet<string>) => void;
  /** Closes every cluster the user opened: back to the overview. */
  closeAllClusters: () => void;
}

export const createOverviewSlice: StateCreator<AppState, [], [], SliceActions<OverviewSlice>> = (set) => ({
  setOpenClusters: (openClusters) => set({ openClusters }),
  closeAllClusters: () => set({ openClusters: NONE }),
});
