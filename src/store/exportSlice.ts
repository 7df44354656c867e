import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

export type ImageFormat = 'png' | 'svg';

export interface ExportSlice {
  /** An image export the canvas should make (it owns Cytoscape); the counter tells repeats apart. */
  exportRequest: { format: ImageFormat; scale: number; count: number } | null;
  /** Why the last export failed, if it did. */
  exportError: string | null;
  requestExport: (format: ImageFormat, scale?: number) => void;
  setExportError: (message: string | null) => void;
}

export const createExportSlice: StateCreator<AppState, [], [], ExportSlice> = (set) => ({
  exportRequest: null,
  exportError: null,
  requestExport: (format, scale = 1) =>
    set((state) => ({
      exportRequest: { format, scale, count: (state.exportRequest?.count ?? 0) + 1 },
      exportError: null,
    })),
  setExportError: (exportError) => set({ exportError }),
});
