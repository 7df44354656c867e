import type { StateCreator } from 'zustand';
import type { CsvTableMapping, CsvTablePreview, ImportProgress } from '../import/importTypes';
import { startImport, type ImportHandle } from '../import/startImport';
import type { AppState, SliceActions } from './appState';

export interface ImportSlice {
  /** An import being read, with its files' names; null when none runs. */
  importProgress: (ImportProgress & { files: string }) | null;
  /** CSV files whose columns the user is asked to map before the import goes on. */
  importMapping: CsvTablePreview[] | null;
  /** Reads files off the main thread; ends in the import report (`importSummary`) or the mapping step. */
  beginImport: (files: File[]) => void;
  submitMapping: (mappings: CsvTableMapping[]) => void;
  /** Stops a running import or the mapping step; nothing changes. */
  cancelImport: () => void;
}

export const createImportSlice: StateCreator<AppState, [], [], SliceActions<ImportSlice>> = (set, get) => {
  let running: ImportHandle | null = null;
  const stop = () => {
    running?.cancel();
    running = null;
  };
  return {
    beginImport: (files) => {
      stop();
      const names = files.map((f) => f.name).join(', ');
      set({ importProgress: { files: names, step: 'Starting', fraction: null }, importMapping: null });
      running = startImport(files, {
        onProgress: (progress) => set({ importProgress: { files: names, ...progress } }),
        onResult: (result) => {
          if (result.kind === 'mapping') return set({ importProgress: null, importMapping: result.tables });
          running = null;
          set({ importProgress: null, importMapping: null });
          get().setImportSummary(result.summary);
        },
      });
    },
    submitMapping: (mappings) => {
      const tables = get().importMapping;
      if (!running || !tables) return;
      set({
        importMapping: null,
        importProgress: { files: tables.map((t) => t.file).join(', '), step: 'Reading the tables', fraction: null },
      });
      running.map(mappings);
    },
    cancelImport: () => {
      stop();
      set({ importProgress: null, importMapping: null });
    },
  };
};
