import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { makeDataset, makeEntity } from '../test/factories';
import type { AppState } from './appState';
import { createAppState } from './useAppStore';

// The storage as it is (in Node, without IndexedDB, it keeps datasets in memory), with reads counted.
vi.mock('../storage/datasetStorage', async (importOriginal) => {
  const storage = await importOriginal<typeof import('../storage/datasetStorage')>();
  return { ...storage, loadStoredDataset: vi.fn(storage.loadStoredDataset) };
});
const { listStoredDatasets, loadStoredDataset } = await import('../storage/datasetStorage');
// The validator as it is, with its loads counted.
vi.mock('../validate/loadValidator', async (importOriginal) => {
  const module = await importOriginal<typeof import('../validate/loadValidator')>();
  return { ...module, loadValidator: vi.fn(module.loadValidator) };
});
const { loadValidator } = await import('../validate/loadValidator');

describe('saveAndOpen', () => {
  it('opens the dataset it checked and kept, without reading it back and checking it again', async () => {
    const store = create<AppState>()(createAppState);
    // `aliases` left out: the check fills it in, and what opens is the checked dataset.
    const entity = makeEntity({ name: 'Kept Ltd' });
    delete (entity as Partial<typeof entity>).aliases;
    await store.getState().saveAndOpen('Kept', makeDataset({ entities: [entity, makeEntity({ id: 'entity-2' })] }));
    const state = store.getState();
    expect(state.datasetsError).toBeNull();
    expect(state.storedDatasets.map((meta) => meta.id)).toContain(state.activeDatasetId);
    expect(state.index!.dataset.entities[0]).toMatchObject({ name: 'Kept Ltd', aliases: [] });
    expect(loadStoredDataset).not.toHaveBeenCalled();
  });

  it('keeps nothing and opens nothing when the dataset does not pass the check', async () => {
    const store = create<AppState>()(createAppState);
    const before = store.getState().index;
    const broken = makeDataset({ entities: [makeEntity({ id: 'e1', country: 'not a country' })] });
    const kept = await listStoredDatasets();
    await expect(store.getState().saveAndOpen('Broken', broken)).rejects.toThrow(/"Broken" was not saved/);
    expect(store.getState().index).toBe(before);
    expect(await listStoredDatasets()).toEqual(kept);
  });
});

describe('acceptImport', () => {
  it("keeps and opens the import's dataset as the import worker checked it, without checking it on the page", async () => {
    const store = create<AppState>()(createAppState);
    const dataset = makeDataset({ entities: [makeEntity({ name: 'Imported Ltd' }), makeEntity({ id: 'entity-2' })] });
    const json = new TextEncoder().encode(JSON.stringify(dataset));
    store.getState().setImportSummary({
      name: 'Imported',
      counts: { entities: 2, links: 1, listings: 1, rounds: 1, sources: 1 },
      breakdown: [],
      notes: [],
      problems: [],
      problemCount: 0,
      datasetJson: json.buffer as ArrayBuffer,
    });
    vi.mocked(loadValidator).mockClear();
    await store.getState().acceptImport();
    const state = store.getState();
    expect(state.datasetsError).toBeNull();
    expect(state.importSummary).toBeNull();
    expect(state.index!.dataset).toEqual(dataset);
    expect(state.storedDatasets.find((meta) => meta.id === state.activeDatasetId)?.name).toBe('Imported');
    expect(loadValidator).not.toHaveBeenCalled();
  });
});
