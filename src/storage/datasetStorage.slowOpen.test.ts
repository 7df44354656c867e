import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeEntity } from '../test/factories';

/** A promise and the function that settles it. */
function gate() {
  let open: (() => void) | undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open?.() };
}

// A database that opens only after the 3 s wait (a busy machine): the wait gives up, the open goes on.
describe('datasetStorage with a database slower than its wait', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps an import in memory while the database is not open, and in the database once it is', async () => {
    const factory = new IDBFactory();
    const { opened: released, open: release } = gate();
    vi.stubGlobal('indexedDB', {
      open: (...args: Parameters<IDBFactory['open']>) => {
        // A request whose handlers are set now and which succeeds only when released.
        const held = {} as IDBOpenDBRequest;
        void released.then(() => {
          const request = factory.open(...args);
          request.addEventListener('upgradeneeded', (event) => held.onupgradeneeded?.call(request, event));
          request.addEventListener('success', (event) => held.onsuccess?.call(request, event));
          request.addEventListener('error', (event) => held.onerror?.call(request, event));
          Object.defineProperty(held, 'result', { get: () => request.result });
        });
        return held;
      },
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { databaseSettled, listStoredDatasets, storeDataset } = await import('./datasetStorage');
    let settled = false;
    void databaseSettled().then(() => (settled = true));
    const dataset = makeDataset({ entities: [makeEntity({ id: 'a' })] });

    const waiting = storeDataset('While opening', dataset);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await waiting).toMatchObject({ name: 'While opening', notKept: true });
    expect(settled).toBe(false);
    // Past the page's deadline, a caller no longer waits for the database.
    let second: { notKept?: true } | undefined;
    void storeDataset('Also while opening', dataset).then((meta) => (second = meta));
    await vi.advanceTimersByTimeAsync(10);
    expect(second).toMatchObject({ notKept: true });

    release();
    vi.useRealTimers();
    await databaseSettled();
    expect(settled).toBe(true);
    const kept = await storeDataset('After opening', dataset);
    expect(kept.notKept).toBeUndefined();
    expect((await listStoredDatasets()).map((m) => [m.name, m.notKept ?? false])).toEqual([
      ['After opening', false],
      ['While opening', true],
      ['Also while opening', true],
    ]);
  });
});
