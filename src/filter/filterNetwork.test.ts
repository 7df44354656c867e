import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { filterNetwork } from './filterNetwork';
import { initialFilterState, type FilterState } from './filterState';
import { sanctionStatus } from '../analysis/sanctionStatus';

// Three countries and two rounds:  hk-firm (HK) → ru-firm (RU) → ru-end (RU) ← fi-firm (FI)
const index = indexDataset(
  makeDataset({
    rounds: [makeRound({ id: 'may', date: '2023-05-19' }), makeRound({ id: 'sept', date: '2023-09-25' })],
    entities: [
      makeEntity({ id: 'hk-firm', country: 'HK' }),
      makeEntity({ id: 'ru-firm', country: 'RU' }),
      makeEntity({ id: 'ru-end', country: 'RU', role: 'end-user' }),
      makeEntity({ id: 'fi-firm', country: 'FI' }),
    ],
    listings: [
      makeListing({ entity: 'ru-end', round: 'may' }),
      makeListing({ entity: 'hk-firm', round: 'sept' }),
      makeListing({ entity: 'ru-firm', round: 'sept' }),
    ],
    links: [
      makeLink({ id: 'l1', source: 'hk-firm', target: 'ru-firm' }),
      makeLink({ id: 'l2', source: 'ru-firm', target: 'ru-end' }),
      makeLink({ id: 'l3', source: 'fi-firm', target: 'ru-end' }),
    ],
  }),
);
const filter = (overrides: Partial<FilterState>) => filterNetwork(index, { ...initialFilterState(), ...overrides });
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('filterNetwork', () => {
  it('shows everything with no filter', () => {
    const view = filter({});
    expect(view.shownEntities.size).toBe(4);
    expect(view.shownLinks.size).toBe(3);
    expect(view.sanctionedCount).toBe(3);
  });

  it.each([
    [['CN'], ['hk-firm']],
    [['RU'], ['ru-end', 'ru-firm']],
    [
      ['CN', 'FI'],
      ['fi-firm', 'hk-firm'],
    ],
    [[], []],
  ])('countries %j show %j (Hong Kong counts under China)', (countries, expected) => {
    expect(sorted(filter({ countries }).shownEntities)).toEqual(expected);
  });

  it('keeps only links whose two ends are shown', () => {
    expect(sorted(filter({ countries: ['RU'] }).shownLinks)).toEqual(['l2']);
  });

  it.each([
    ['the day before the round', '2023-09-24', 'not-yet-listed'],
    ['the round day itself', '2023-09-25', 'sanctioned'],
    ['the day after', '2023-09-26', 'sanctioned'],
    ['no date (latest)', null, 'sanctioned'],
  ])('reads sanctions on %s', (_, asOf, expected) => {
    expect(sanctionStatus(index, 'hk-firm', asOf)).toBe(expected);
  });

  it('says never-listed for an entity with no listing', () => {
    expect(sanctionStatus(index, 'fi-firm', '2023-09-25')).toBe('never-listed');
  });

  it('counts sanctioned entities as of the date', () => {
    expect(filter({ asOf: '2023-05-19' }).sanctionedCount).toBe(1);
    expect(filter({ asOf: '2023-05-18' }).sanctionedCount).toBe(0);
  });

  it('hides not-yet-listed entities only when asked, and keeps never-listed ones', () => {
    expect(filter({ asOf: '2023-05-19' }).shownEntities.size).toBe(4);
    expect(sorted(filter({ asOf: '2023-05-19', hideNotYetListed: true }).shownEntities)).toEqual(['fi-firm', 'ru-end']);
  });

  it('shows what chosen rounds listed, with direct partners as context', () => {
    const view = filter({ rounds: ['may'] });
    expect(sorted(view.shownEntities)).toEqual(['ru-end']);
    expect(sorted(view.contextEntities)).toEqual(['fi-firm', 'ru-firm']);
    expect(sorted(view.contextLinks)).toEqual(['l2', 'l3']);
    expect(view.shownLinks.size).toBe(0);
  });

  it('combines rounds with countries: context must pass the country filter too', () => {
    const view = filter({ rounds: ['may'], countries: ['RU'] });
    expect(sorted(view.contextEntities)).toEqual(['ru-firm']);
  });

  it('shows links between two entities of the chosen rounds at full strength', () => {
    const view = filter({ rounds: ['sept'] });
    expect(sorted(view.shownLinks)).toEqual(['l1']);
    expect(sorted(view.contextLinks)).toEqual(['l2']);
  });

  it.each([
    [{ listedBy: 'US BIS' }, ['hk-firm', 'ru-end', 'ru-firm']],
    [{ notListedBy: 'US BIS' }, ['fi-firm']],
    [{ listedBy: 'US BIS', asOf: '2023-06-01' }, ['ru-end']],
    [{ notListedBy: 'US BIS', asOf: '2023-06-01' }, ['fi-firm', 'hk-firm', 'ru-firm']],
  ])('filters by authority as of the date: %j', (overrides, expected) => {
    expect(sorted(filter(overrides).shownEntities)).toEqual(expected);
  });

  it('focuses on a neighbourhood among the entities the other filters pass', () => {
    expect(sorted(filter({ focus: { entity: 'ru-firm', hops: 1, direction: 'both' } }).shownEntities)).toEqual([
      'hk-firm',
      'ru-end',
      'ru-firm',
    ]);
    expect(sorted(filter({ focus: { entity: 'ru-firm', hops: 2, direction: 'out' } }).shownEntities)).toEqual([
      'ru-end',
      'ru-firm',
    ]);
    expect(
      sorted(
        filter({ focus: { entity: 'hk-firm', hops: 3, direction: 'out' }, countries: ['CN', 'FI'] }).shownEntities,
      ),
    ).toEqual(['hk-firm']);
  });
});
