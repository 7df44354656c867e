import type { StateCreator } from 'zustand';
import { summaryDataset, type ImportSummary } from '../import/importTypes';
import { indexDatasetInSteps, type DatasetIndex } from '../model/datasetIndex';
import type { Dataset } from '../model/types';
import {
  BUILTIN_ID,
  deleteStoredDataset,
  listStoredDatasets,
  loadStoredDataset,
  renameStoredDataset,
  storeDataset,
  writeActiveDatasetId,
  type StoredDatasetMeta,
} from '../storage/datasetStorage';
import { loadValidator } from '../validate/loadValidator';
import { nextTask } from '../tasks/nextTask';
import type { AppState, SliceActions } from './appState';

export interface DatasetsSlice {
  /** The built-in dataset, kept so the user can always switch back to it. */
  builtinDataset: Dataset | null;
  storedDatasets: StoredDatasetMeta[];
  activeDatasetId: string;
  /** An import waiting for the user's yes or no, with its validation report. */
  importSummary: ImportSummary | null;
  datasetsError: string | null;
  setBuiltinDataset: (dataset: Dataset) => void;
  refreshDatasets: () => Promise<void>;
  switchDataset: (id: string) => Promise<void>;
  setImportSummary: (summary: ImportSummary | null) => void;
  acceptImport: () => Promise<void>;
  /** A dataset by its id in the switcher (the built-in one or a stored import), checked again. */
  loadDatasetById: (id: string) => Promise<Dataset>;
  /** Keeps a new dataset (an import, a merge) in this browser and opens it. */
  saveAndOpen: (name: string, dataset: Dataset) => Promise<void>;
  renameDataset: (id: string, name: string) => Promise<void>;
  deleteDataset: (id: string) => Promise<void>;
}

export const createDatasetsSlice: StateCreator<AppState, [], [], SliceActions<DatasetsSlice>> = (set, get) => {
  const attempt = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      set({ datasetsError: (error as Error).message });
    }
  };
  let latestSwitch = 0;
  /** Opens a dataset already loaded and checked, as the one with `id` in the switcher. */
  const open = (id: string, dataset: Dataset, index?: DatasetIndex) => {
    get().setDataset(dataset, index);
    writeActiveDatasetId(id);
    set({ activeDatasetId: id, datasetsError: null });
  };
  /** Keeps a checked dataset in this browser and opens it. */
  const keepAndOpen = async (name: string, dataset: Dataset) => {
    const meta = await storeDataset(name, dataset);
    set({ storedDatasets: await listStoredDatasets() });
    // Opened as it is, not read back and checked again: at 20,000 entities that was a second ~0.2 s
    // check and a copy out of the database, each a long task. A switch pending loses; a later one wins.
    // Indexed in parts, each a task (a whole index of 100,000 entities was one ~300 ms task).
    const choice = ++latestSwitch;
    const index = await indexDatasetInSteps(dataset);
    if (choice === latestSwitch) open(meta.id, dataset, index);
  };
  return {
    setBuiltinDataset: (builtinDataset) => set({ builtinDataset }),
    refreshDatasets: () => attempt(async () => set({ storedDatasets: await listStoredDatasets() })),
    loadDatasetById: async (id) => {
      const builtin = get().builtinDataset;
      // The built-in dataset was validated when the app was built.
      if (id === BUILTIN_ID && builtin) return builtin;
      const dataset = await loadStoredDataset(id);
      if (!dataset) throw new Error(`The dataset "${id}" is no longer stored in this browser.`);
      // Stored data passes the validator again: storage can be edited or come from an older app.
      const { validateDataset } = await loadValidator();
      const checked = validateDataset(dataset);
      if (!checked.ok)
        throw new Error(
          `The stored dataset "${id}" is damaged (${checked.problems.length} problems) and was not opened.`,
        );
      return checked.dataset;
    },
    switchDataset: (id) =>
      attempt(async () => {
        // The last choice wins: a slow load of an earlier choice must not replace it when it lands.
        const choice = ++latestSwitch;
        const dataset = await get().loadDatasetById(id);
        if (choice !== latestSwitch) return;
        open(id, dataset);
      }),
    setImportSummary: (importSummary) => set({ importSummary }),
    acceptImport: () =>
      attempt(async () => {
        const summary = get().importSummary;
        if (!summary) return;
        // Checked in the import worker by the validator that opens datasets, and the validator's output
        // (draftFromTexts.ts): checking it again here took ~0.2 s of one task at 20,000 entities.
        await keepAndOpen(summary.name, summaryDataset(summary));
        set({ importSummary: null });
      }),
    saveAndOpen: async (name, dataset) => {
      // Only a dataset that will open is kept: a stored dataset that fails to open could not be used.
      const { validateDataset } = await loadValidator();
      const result = validateDataset(dataset);
      if (!result.ok)
        throw new Error(
          `"${name}" was not saved: it is not a valid dataset (${result.problems.length} problems, first: ${result.problems[0]!.path} ${result.problems[0]!.message}).`,
        );
      // Keeping it copies it into the database, a task of its own after the check's.
      await nextTask();
      await keepAndOpen(name, result.dataset);
    },
    renameDataset: (id, name) =>
      attempt(async () => {
        if (!name.trim()) return;
        await renameStoredDataset(id, name.trim());
        set({ storedDatasets: await listStoredDatasets() });
      }),
    deleteDataset: (id) =>
      attempt(async () => {
        await deleteStoredDataset(id);
        set({ storedDatasets: await listStoredDatasets() });
        if (get().activeDatasetId === id) await get().switchDataset(BUILTIN_ID);
      }),
  };
};
