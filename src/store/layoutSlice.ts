import type { StateCreator } from 'zustand';
import type { Clustering } from '../layout/clusters';
import type { Positions } from '../layout/computeLayout';
import type { AppState, SliceActions } from './appState';

export interface LayoutSlice {
  /** Node positions for the current dataset; null while the layout runs. */
  positions: Positions | null;
  /**
   * The overview's clusters for these positions when the layout worker grouped them; null when the
   * overview (selectClustering) groups them itself.
   */
  clustering: Clustering | null;
  /** How far a running layout has got (0 to 1); null when none is running or it is too quick to show. */
  layoutProgress: number | null;
  /** Why the layout failed, if it did. */
  layoutError: string | null;
  /** True once the current dataset is on the canvas; the status line waits for it. */
  drawn: boolean;
  setPositions: (positions: Positions, clustering?: Clustering | null) => void;
  setLayoutProgress: (progress: number | null) => void;
  setLayoutError: (message: string) => void;
  setDrawn: (drawn: boolean) => void;
}

export const createLayoutSlice: StateCreator<AppState, [], [], SliceActions<LayoutSlice>> = (set) => ({
  setPositions: (positions, clustering = null) =>
    set({ positions, clustering, layoutProgress: null, layoutError: null }),
  setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
  setLayoutError: (layoutError) => set({ layoutError }),
  setDrawn: (drawn) => set({ drawn }),
});
