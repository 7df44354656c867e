import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { Dataset } from '../model/types';

/** What the Datasets switcher shows of a stored dataset, without loading it. */
export interface StoredDatasetMeta {
  id: string;
  name: string;
  importedAt: string;
  entities: number;
  links: number;
  /** Set when the browser would not store it: it stays open from memory until the page is closed. */
  notKept?: true;
}

export const BUILTIN_ID = 'builtin';
const ACTIVE_KEY = 'supply-lines:active-dataset';
const LIST = 'list';
// A database that neither opens nor fails (some blocked or broken profiles) must not hold up the first draw.
const OPEN_TIMEOUT_MS = 3000;

/** Imports the browser would not store (storage blocked, missing or full), kept until the page closes. */
const inMemory = new Map<string, { meta: StoredDatasetMeta; dataset: Dataset }>();
let opening: Promise<UseStore | null> | undefined;
let deadline: Promise<null> | undefined;

/**
 * The IndexedDB store for imported datasets (a list of metadata, and each dataset under its id), or
 * null where this page cannot use one. Opened once per page: even reading `indexedDB` throws in a
 * sandboxed page, and opening it throws or fails where the user blocks site data.
 */
function openDatabase(): Promise<UseStore | null> {
  opening ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') return null;
      const store = createStore('supply-lines', 'datasets');
      await get(LIST, store);
      return store;
    } catch {
      return null;
    }
  })();
  return opening;
}

/**
 * The store, for a caller that goes on without it once OPEN_TIMEOUT_MS have passed since the page
 * first asked: one deadline for the page, so a database that never answers costs 3 s once, not on
 * every call. The open itself goes on, and a caller after the deadline gets the store if it has opened
 * by then (a slow open on a busy machine does not disable storage for the page), or null at once.
 */
function usableDatabase(): Promise<UseStore | null> {
  deadline ??= new Promise((resolve) => setTimeout(() => resolve(null), OPEN_TIMEOUT_MS));
  // An open that has settled wins over a deadline that has passed: race takes the first one listed.
  return Promise.race([openDatabase(), deadline]);
}

/** Settles when the database has opened or failed to, however long that takes. */
export async function databaseSettled(): Promise<void> {
  await openDatabase();
}

export async function listStoredDatasets(): Promise<StoredDatasetMeta[]> {
  const store = await usableDatabase();
  const kept = store ? ((await get<StoredDatasetMeta[]>(LIST, store)) ?? []) : [];
  return [...kept, ...[...inMemory.values()].map((entry) => entry.meta)];
}

/** Keeps a dataset in IndexedDB; where the browser will not store it, in memory with `notKept` set. */
export async function storeDataset(name: string, dataset: Dataset): Promise<StoredDatasetMeta> {
  const meta: StoredDatasetMeta = {
    id: `ds-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
    name,
    importedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
    entities: dataset.entities.length,
    links: dataset.links.length,
  };
  const store = await usableDatabase();
  if (store) {
    try {
      await set(meta.id, dataset, store);
      // Read and write the list in one transaction, so two saves at once cannot drop each other's entry.
      await update<StoredDatasetMeta[]>(LIST, (list = []) => [...list, meta], store);
      return meta;
    } catch {
      // Storage full or refused mid-way: drop any half-written copy and keep this one in memory.
      await del(meta.id, store).catch(() => {});
    }
  }
  const unkept: StoredDatasetMeta = { ...meta, notKept: true };
  inMemory.set(meta.id, { meta: unkept, dataset });
  return unkept;
}

export async function loadStoredDataset(id: string): Promise<Dataset | undefined> {
  const unkept = inMemory.get(id);
  if (unkept) return unkept.dataset;
  const store = await usableDatabase();
  return store ? get<Dataset>(id, store) : undefined;
}

export async function renameStoredDataset(id: string, name: string): Promise<void> {
  const unkept = inMemory.get(id);
  if (unkept) return void inMemory.set(id, { ...unkept, meta: { ...unkept.meta, name } });
  const store = await usableDatabase();
  if (!store) return;
  await update<StoredDatasetMeta[]>(LIST, (list = []) => list.map((m) => (m.id === id ? { ...m, name } : m)), store);
}

export async function deleteStoredDataset(id: string): Promise<void> {
  if (inMemory.delete(id)) return;
  const store = await usableDatabase();
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
