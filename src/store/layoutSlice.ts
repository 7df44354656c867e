import type { StateCreator } from 'zustand';
import type { Positions } from '../layout/computeLayout';
import type { AppState } from './appState';

export interface LayoutSlice {
  /** Node positions for the current dataset; null while the layout runs. */
  positions: Positions | null;
  /** How far a running layout has got (0 to 1); null when none is running or it is too quick to show. */
  layoutProgress: number | null;
  /** Why the layout failed, if it did. */
  layoutError: string | null;
  /** True once the current dataset is on the canvas; the status line waits for it. */
  drawn: boolean;
  /** Bumped by `relayout` so the canvas puts nodes back where the layout placed them. */
  layoutRevision: number;
  /** Set by `requestFit`: the canvas fits these elements (all visible ones when `ids` is null). */
  fitRequest: { count: number; ids: readonly string[] | null };
  /** The entity to bring to the middle of the canvas, with a counter so the same one can be asked twice. */
  centreRequest: { id: string; count: number } | null;
  setPositions: (positions: Positions) => void;
  setLayoutProgress: (progress: number | null) => void;
  setLayoutError: (message: string) => void;
  setDrawn: (drawn: boolean) => void;
  relayout: () => void;
  requestFit: (ids?: readonly string[]) => void;
  requestCentre: (id: string) => void;
}

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  positions: null,
  layoutProgress: null,
  layoutError: null,
  drawn: false,
  layoutRevision: 0,
  fitRequest: { count: 0, ids: null },
  centreRequest: null,
  setPositions: (positions) => set({ positions, layoutProgress: null, layoutError: null }),
  setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
  setLayoutError: (layoutError) => set({ layoutError }),
  setDrawn: (drawn) => set({ drawn }),
  relayout: () => set((state) => ({ layoutRevision: state.layoutRevision + 1 })),
  requestFit: (ids) => set((state) => ({ fitRequest: { count: state.fitRequest.count + 1, ids: ids ?? null } })),
  requestCentre: (id) => set((state) => ({ centreRequest: { id, count: (state.centreRequest?.count ?? 0) + 1 } })),
});
