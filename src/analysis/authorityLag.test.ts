import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeListing, makeRound } from '../test/factories';
import { authorityLags, lagCell, lagText, medianLagByAuthority, type AuthorityLag } from './authorityLag';

const undated = (id: string, authority: string) => {
  const { date: _date, ...round } = makeRound({ id, authority });
  return round;
};

// US OFAC lists first; the EU 483 days later; the UK on no known date; US BIS lists no one here but
// `alone`. `late` is dated only by when the UK published it (listedOn); `ended` was delisted since.
const index = indexDataset(
  makeDataset({
    rounds: [
      makeRound({ id: 'ofac', authority: 'US OFAC', date: '2022-05-19' }),
      makeRound({ id: 'ofac-later', authority: 'US OFAC', date: '2023-02-24' }),
      makeRound({ id: 'eu', authority: 'EU', date: '2023-09-14' }),
      makeRound({ id: 'bis', authority: 'US BIS', date: '2023-01-01' }),
      undated('uk', 'UK'),
    ],
    entities: ['alpha', 'beta', 'late', 'alone', 'ended', 'never'].map((id) => makeEntity({ id })),
    listings: [
      makeListing({ entity: 'alpha', round: 'ofac-later' }),
      makeListing({ entity: 'alpha', round: 'ofac' }),
      makeListing({ entity: 'alpha', round: 'eu' }),
      makeListing({ entity: 'alpha', round: 'uk' }),
      makeListing({ entity: 'beta', round: 'eu', date: '2023-09-15' }),
      makeListing({ entity: 'beta', round: 'ofac' }),
      makeListing({ entity: 'late', round: 'ofac' }),
      makeListing({ entity: 'late', round: 'uk', listedOn: '2022-06-18' }),
      makeListing({ entity: 'alone', round: 'bis' }),
      makeListing({ entity: 'ended', round: 'eu', end: { status: 'delisted', date: '2024-03-01' } }),
      makeListing({ entity: 'ended', round: 'ofac-later' }),
    ],
  }),
);
const lines = (id: string) =>
  authorityLags(index, id).map(
    (lag) => `${lag.authority}: ${lag.state === 'listed' ? `${lag.firstDate} ` : ''}${lagText(lag)}`,
  );

describe('authorityLags', () => {
  it.each([
    ['alpha', ['US OFAC: 2022-05-19 +0 days', 'EU: 2023-09-14 +483 days', 'UK: date unknown', 'US BIS: not listed']],
    ['beta', ['US OFAC: 2022-05-19 +0 days', 'EU: 2023-09-15 +484 days', 'UK: not listed', 'US BIS: not listed']],
    ['late', ['US OFAC: 2022-05-19 +0 days', 'UK: 2022-06-18 +30 days', 'EU: not listed', 'US BIS: not listed']],
    ['alone', ['US BIS: 2023-01-01 +0 days', 'EU: not listed', 'UK: not listed', 'US OFAC: not listed']],
    ['ended', ['US OFAC: 2023-02-24 +0 days', 'EU: 2023-09-14 +202 days', 'UK: not listed', 'US BIS: not listed']],
    ['never', ['EU: not listed', 'UK: not listed', 'US BIS: not listed', 'US OFAC: not listed']],
  ])('%s: one line per authority of the dataset', (id, expected) => {
    expect(lines(id)).toEqual(expected);
  });
});

describe('lagText and lagCell', () => {
  it.each([
    [{ authority: 'EU', state: 'listed', firstDate: '2023-09-14', days: 1 }, '+1 day'],
    [{ authority: 'EU', state: 'date-unknown' }, 'date unknown'],
    [{ authority: 'EU', state: 'not-listed' }, 'not listed'],
  ] as Array<[AuthorityLag, string]>)('%j reads %s', (lag, text) => {
    expect(lagText(lag)).toBe(text);
  });

  it.each([
    ['alpha', '483 days (EU)'],
    ['late', '30 days (UK)'],
    ['alone', ''],
    ['never', ''],
  ])('the Lag cell of %s is "%s"', (id, cell) => {
    expect(lagCell(authorityLags(index, id))).toBe(cell);
  });

  it('says "date unknown" when two authorities list an entity but only one with a date', () => {
    expect(
      lagCell([
        { authority: 'US OFAC', state: 'listed', firstDate: '2022-05-19', days: 0 },
        { authority: 'UK', state: 'date-unknown' },
      ]),
    ).toBe('date unknown');
  });
});

describe('medianLagByAuthority', () => {
  it("takes each authority's median over entities two authorities list with dates", () => {
    expect(medianLagByAuthority(index, ['alpha', 'beta', 'late', 'alone', 'ended', 'never'])).toEqual([
      { authority: 'US OFAC', days: 0, entities: 4 },
      { authority: 'UK', days: 30, entities: 1 },
      { authority: 'EU', days: 483, entities: 3 },
    ]);
  });

  it('is empty when no entity shown has two dated authorities', () => {
    expect(medianLagByAuthority(index, ['alone', 'never', 'ghost'])).toEqual([]);
  });
});

describe('graph statistics', () => {
  it('give the median lag per authority over what the view shows', async () => {
    const { filterNetwork } = await import('../filter/filterNetwork');
    const { initialFilterState } = await import('../filter/filterState');
    const { graphStats } = await import('./stats');
    const all = graphStats(index, filterNetwork(index, initialFilterState()));
    expect(all.medianLag.map((m) => [m.authority, m.days, m.entities])).toEqual([
      ['US OFAC', 0, 4],
      ['UK', 30, 1],
      ['EU', 483, 3],
    ]);
    const focused = graphStats(
      index,
      filterNetwork(index, { ...initialFilterState(), focus: { entity: 'late', hops: 1, direction: 'both' } }),
    );
    expect(focused.medianLag.map((m) => [m.authority, m.days, m.entities])).toEqual([
      ['US OFAC', 0, 1],
      ['UK', 30, 1],
    ]);
  });
});
