import { describe, expect, it } from 'vitest';
import { authoritiesListing } from './authorities';
import { exposure } from './exposure';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { filterNetwork } from '../filter/filterNetwork';
import { initialFilterState } from '../filter/filterState';
import { listingsInForce, sanctionStatus, sanctionStatuses } from './sanctionStatus';

// One entity per case: listed on a date; listed undated; listed then delisted; ended on no known day;
// listed on its own date inside an undated round; never listed.
const index = indexDataset(
  makeDataset({
    rounds: [
      makeRound({ id: 'bis', authority: 'US BIS', date: '2023-05-19' }),
      makeRound({ id: 'sdn', authority: 'US OFAC', list: 'SDN List', date: undefined }),
    ],
    entities: ['dated', 'undated', 'delisted', 'ended-someday', 'own-date', 'never', 'partner'].map((id) =>
      makeEntity({ id }),
    ),
    listings: [
      makeListing({ entity: 'dated', round: 'bis' }),
      makeListing({ entity: 'undated', round: 'sdn' }),
      makeListing({
        entity: 'delisted',
        round: 'bis',
        end: { status: 'delisted', date: '2024-03-01', reason: 'court ruling' },
      }),
      makeListing({ entity: 'ended-someday', round: 'bis', end: { status: 'expired' } }),
      makeListing({ entity: 'own-date', round: 'sdn', date: '2022-02-24' }),
    ],
    links: [makeLink({ id: 'l1', source: 'partner', target: 'undated' })],
  }),
);

describe('sanctionStatus', () => {
  it.each([
    ['dated', '2023-05-18', 'not-yet-listed'],
    ['dated', '2023-05-19', 'sanctioned'],
    ['undated', '2000-01-01', 'date-unknown'],
    ['undated', null, 'date-unknown'],
    ['delisted', '2024-02-29', 'sanctioned'],
    ['delisted', '2024-03-01', 'delisted'],
    ['delisted', null, 'delisted'],
    ['ended-someday', '2023-06-01', 'sanctioned'],
    ['ended-someday', null, 'delisted'],
    ['own-date', '2022-02-23', 'not-yet-listed'],
    ['own-date', '2022-02-24', 'sanctioned'],
    ['never', null, 'never-listed'],
  ] as const)('%s as of %s is %s', (id, asOf, expected) => {
    expect(sanctionStatus(index, id, asOf)).toBe(expected);
  });

  it.each(['2022-02-23', '2023-05-19', '2024-03-01', null])(
    'sanctionStatuses as of %s agrees with sanctionStatus for every listed entity, and leaves out the never listed',
    (asOf) => {
      const statuses = sanctionStatuses(index, asOf);
      for (const id of ['dated', 'undated', 'delisted', 'ended-someday', 'own-date'])
        expect(statuses.get(id), id).toBe(sanctionStatus(index, id, asOf));
      expect(statuses.has('never')).toBe(false);
    },
  );

  it('sanctionStatuses works a date out once, and again for another date', () => {
    const first = sanctionStatuses(index, '2023-05-19');
    expect(sanctionStatuses(index, '2023-05-19')).toBe(first);
    const other = sanctionStatuses(index, '2023-05-18');
    expect(other).not.toBe(first);
    expect(other.get('dated')).toBe('not-yet-listed');
  });

  it('orders undated listings after dated ones, dates an entity by its own listing date, and steps the timeline through starts and ends', () => {
    expect(index.firstListedOn.get('own-date')).toBe('2022-02-24');
    expect(index.firstListedOn.has('undated')).toBe(false);
    expect(index.timelineDates).toEqual(['2022-02-24', '2023-05-19', '2024-03-01']);
    expect(index.roundsByDate.map((r) => r.id)).toEqual(['bis', 'sdn']);
  });

  it('never treats an undated listing as "not listed": authorities, exposure and the hide filter keep it', () => {
    expect(listingsInForce(index, 'undated', '1990-01-01')).toHaveLength(1);
    expect(authoritiesListing(index, 'undated', '1990-01-01')).toEqual(['US OFAC']);
    expect(exposure(index, '1990-01-01', 'US OFAC').map((row) => row.entityId)).not.toContain('undated');
    expect(exposure(index, '1990-01-01', null).map((row) => row.entityId)).toContain('partner');
    const filters = { ...initialFilterState(), asOf: '1990-01-01', hideNotYetListed: true };
    const view = filterNetwork(index, filters);
    expect(view.shownEntities.has('undated')).toBe(true);
    expect(view.shownEntities.has('dated')).toBe(false);
    expect(view.undatedCount).toBe(1);
  });

  it('counts a delisted entity as no longer listed by its authority after the end', () => {
    expect(authoritiesListing(index, 'delisted', '2024-01-01')).toEqual(['US BIS']);
    expect(authoritiesListing(index, 'delisted', '2024-03-01')).toEqual([]);
  });
});
