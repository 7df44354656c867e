import { describe, expect, it } from 'vitest';
import { filterNetwork } from '../../filter/filterNetwork';
import { initialFilterState } from '../../filter/filterState';
import { indexDataset } from '../../model/datasetIndex';
import { makeDataset, makeEntity, makeListing, makeRound } from '../../test/factories';
import { entityRows, filterAndSort } from './tableRows';

const index = indexDataset(
  makeDataset({
    rounds: [
      makeRound({ id: 'ofac', authority: 'US OFAC', date: '2022-05-19' }),
      makeRound({ id: 'eu', authority: 'EU', date: '2023-09-14' }),
      makeRound({ id: 'uk', authority: 'UK', date: '2022-06-18' }),
    ],
    entities: ['slow', 'quick', 'alone', 'never'].map((id) => makeEntity({ id, name: id })),
    listings: [
      makeListing({ entity: 'slow', round: 'ofac' }),
      makeListing({ entity: 'slow', round: 'eu' }),
      makeListing({ entity: 'quick', round: 'ofac' }),
      makeListing({ entity: 'quick', round: 'uk' }),
      makeListing({ entity: 'alone', round: 'eu' }),
    ],
    links: [],
  }),
);
const table = entityRows(index, filterNetwork(index, initialFilterState()), '2023-12-31');

describe('entityRows', () => {
  it('ends with a Lag column', () => {
    expect(table.columns).toEqual(['Name', 'Country', 'Role', 'Listed by', 'First listed', 'Lag']);
  });

  it.each([
    ['slow', '483 days (EU)'],
    ['quick', '30 days (UK)'],
    ['alone', ''],
    ['never', ''],
  ])('the lag of %s reads "%s"', (id, lag) => {
    expect(table.rows.find((row) => row.id === id)!.cells[5]).toBe(lag);
  });

  it('sorts the Lag column by number of days', () => {
    expect(
      filterAndSort(table, '', 5, true)
        .map((row) => row.id)
        .slice(0, 2),
    ).toEqual(['slow', 'quick']);
  });
});
