import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity } from '../test/factories';
import {
  deleteStoredDataset,
  listStoredDatasets,
  loadStoredDataset,
  renameStoredDataset,
  storeDataset,
} from './datasetStorage';

// Node has no IndexedDB: the same path as a browser whose storage is blocked.
describe('datasetStorage without usable IndexedDB', () => {
  it('keeps an import in memory, marked as not kept, to list, open, rename and delete', async () => {
    const dataset = makeDataset({ entities: [makeEntity({ id: 'a' })] });
    const meta = await storeDataset('Shipments', dataset);
    expect(meta).toMatchObject({ name: 'Shipments', entities: 1, notKept: true });
    expect(await listStoredDatasets()).toEqual([meta]);
    expect(await loadStoredDataset(meta.id)).toBe(dataset);
    await renameStoredDataset(meta.id, 'Renamed');
    expect((await listStoredDatasets()).map((m) => m.name)).toEqual(['Renamed']);
    await deleteStoredDataset(meta.id);
    expect(await listStoredDatasets()).toEqual([]);
    expect(await loadStoredDataset(meta.id)).toBeUndefined();
  });
});
