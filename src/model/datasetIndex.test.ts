import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateNetwork } from '../bench/generateNetwork';
import { makeDataset, makeRound } from '../test/factories';
import { indexDataset, indexDatasetInSteps } from './datasetIndex';

describe('indexDataset: rounds by date', () => {
  it('orders rounds by date, unknown dates last, then by authority with case aside, then by id', () => {
    const rounds = [
      makeRound({ id: 'r-us', date: '2023-09-25', authority: 'US OFAC' }),
      makeRound({ id: 'r-undated', date: undefined, authority: 'EU' }),
      makeRound({ id: 'r-unknown', date: '2023-09-25', authority: 'Unknown authority' }),
      makeRound({ id: 'r-early', date: '2023-01-06', authority: 'US OFAC' }),
      makeRound({ id: 'R-hmt-b', date: '2023-09-25', authority: 'HM Treasury' }),
      makeRound({ id: 'r-hmt-a', date: '2023-09-25', authority: 'HM Treasury' }),
    ];
    const order = indexDataset(makeDataset({ rounds, listings: [] })).roundsByDate.map((r) => r.id);
    // As localeCompare orders them: "HM" < "Unknown" < "US" (case aside), "r-hmt-a" < "R-hmt-b".
    expect(order).toEqual(['r-early', 'r-hmt-a', 'R-hmt-b', 'r-unknown', 'r-us', 'r-undated']);
  });
});

describe('indexDatasetInSteps', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes the same index as indexDataset, pausing between its parts and within long lists', async () => {
    const dataset = generateNetwork(20_000);
    const pauses = vi.spyOn(globalThis, 'setTimeout');
    const stepped = await indexDatasetInSteps(dataset);
    // Three parts, the first after a pause, and the ~27,500 links grouped in two parts.
    expect(pauses.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(stepped).toEqual(indexDataset(dataset));
  });
});
