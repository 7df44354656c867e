import type { StateCreator } from 'zustand';
import type { AppState, SliceActions } from './appState';

export interface ExportSlice {
  /** Why the last export failed, if it did. Exports themselves are canvas commands (`exportImage`). */
  exportError: string | null;
  setExportError: (message: string | null) => void;
}

export const createExportSlice: StateCreator<AppState, [], [], SliceActions<ExportSlice>> = (set) => ({
  setExportError: (exportError) => set({ exportError }),
});
