import { createStore, del, get, set, update } from 'idb-keyval';
import type { Dataset } from '../model/types';

/** What the Datasets switcher shows of a stored dataset, without loading it. */
export interface StoredDatasetMeta {
  id: string;
  name: string;
  importedAt: string;
  entities: number;
  links: number;
}

export const BUILTIN_ID = 'builtin';
const ACTIVE_KEY = 'supply-lines:active-dataset';
// One IndexedDB database for imported datasets: a list of metadata, and each dataset under its id.
const store = typeof indexedDB === 'undefined' ? undefined : createStore('supply-lines', 'datasets');
const LIST = 'list';

export async function listStoredDatasets(): Promise<StoredDatasetMeta[]> {
  return store ? ((await get<StoredDatasetMeta[]>(LIST, store)) ?? []) : [];
}

export async function storeDataset(name: string, dataset: Dataset): Promise<StoredDatasetMeta> {
  const meta: StoredDatasetMeta = {
    id: `ds-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
    name,
    importedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
    entities: dataset.entities.length,
    links: dataset.links.length,
  };
  if (!store) throw new Error('storeDataset: this browser has no IndexedDB, so imports cannot be kept');
  await set(meta.id, dataset, store);
  // Read and write the list in one transaction, so two saves at once cannot drop each other's entry.
  await update<StoredDatasetMeta[]>(LIST, (list = []) => [...list, meta], store);
  return meta;
}

export async function loadStoredDataset(id: string): Promise<Dataset | undefined> {
  return store ? get<Dataset>(id, store) : undefined;
}

export async function renameStoredDataset(id: string, name: string): Promise<void> {
  if (!store) return;
  await update<StoredDatasetMeta[]>(LIST, (list = []) => list.map((m) => (m.id === id ? { ...m, name } : m)), store);
}

export async function deleteStoredDataset(id: string): Promise<void> {
  if (!store) return;
  await del(id, store);
  await update<StoredDatasetMeta[]>(LIST, (list = []) => list.filter((m) => m.id !== id), store);
}

/** Which dataset was open last, so a reload reopens it. */
export function readActiveDatasetId(): string {
  try {
    return localStorage.getItem(ACTIVE_KEY) ?? BUILTIN_ID;
  } catch {
    return BUILTIN_ID;
  }
}

export function writeActiveDatasetId(id: string): void {
  try {
    localStorage.setItem(ACTIVE_KEY, id);
  } catch {
    // Storage switched off: the choice lasts for this page only.
  }
}
