import { describe, expect, it } from 'vitest';
import { ChunkLoadError, loadPart } from './loadPart';

describe('loadPart', () => {
  it('hands on what loaded', async () => {
    await expect(loadPart('export tools', () => Promise.resolve(42))).resolves.toBe(42);
  });

  it('names the part that did not load, why, and what to do', async () => {
    const failed = loadPart('export tools', () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    await expect(failed).rejects.toBeInstanceOf(ChunkLoadError);
    await expect(failed).rejects.toThrow(
      'Supply Lines could not load its export tools (Failed to fetch dynamically imported module). Check the connection and reload the page.',
    );
  });
});
