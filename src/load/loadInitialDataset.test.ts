import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadInitialDataset } from './loadInitialDataset';

const page = (search: string, href = `https://example.org/app/${search}`) => ({
  search,
  href,
  origin: new URL(href).origin,
});

describe('loadInitialDataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['an address that does not parse', page('?data=http://['), 'is not a web address'],
    [
      'a data: address on a page opened from disk',
      page('?data=data:application/json,{}', 'file:///home/me/index.html?data=data:application/json,{}'),
      'opened from disk',
    ],
  ])('opens the built-in data with a problem, without fetching, for %s', async (_, location, message) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const initial = await loadInitialDataset(location);
    expect(initial.dataset).toBe(initial.builtin);
    expect(initial.problems).toEqual([{ code: 'bad-address', path: '', message: expect.stringContaining(message) }]);
    expect(fetch).not.toHaveBeenCalled();
  });
});
