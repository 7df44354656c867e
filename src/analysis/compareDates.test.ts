import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { changeCounts, changesBetween, defaultCompareSpan } from './compareDates';

const undated = (() => {
  const { date: _date, ...round } = makeRound({ id: 'undated', authority: 'UK' });
  return round;
})();
const index = indexDataset(
  makeDataset({
    rounds: [
      makeRound({ id: 'may', date: '2023-05-19' }),
      makeRound({ id: 'sept-19', authority: 'US OFAC', date: '2023-09-19' }),
      makeRound({ id: 'sept-25', date: '2023-09-25' }),
      undated,
    ],
    entities: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => makeEntity({ id })),
    listings: [
      makeListing({ entity: 'a', round: 'may', end: { status: 'delisted', date: '2023-09-20' } }),
      makeListing({ entity: 'b', round: 'sept-19' }),
      makeListing({ entity: 'c', round: 'sept-25' }),
      makeListing({ entity: 'd', round: 'sept-25', date: '2023-09-26' }),
      makeListing({ entity: 'e', round: 'undated', listedOn: '2023-09-27' }),
      makeListing({ entity: 'f', round: 'undated' }),
    ],
    links: [
      makeLink({ id: 'ab', source: 'a', target: 'b', period: { from: '2023-09-22' } }),
      makeLink({ id: 'bc', source: 'b', target: 'c', period: { from: '2019', to: '2023-09-25' } }),
      makeLink({ id: 'cd', source: 'c', target: 'd' }),
    ],
  }),
);
const who = (listings: Array<{ entity: string; round: string }>) => listings.map((l) => `${l.entity}@${l.round}`);
const summary = (from: string | null, to: string, allowed?: (id: string) => boolean) => {
  const changes = changesBetween(index, from, to, allowed);
  return {
    addedListings: who(changes.addedListings),
    endedListings: who(changes.endedListings),
    addedLinks: changes.addedLinks.map((l) => l.id),
    endedLinks: changes.endedLinks.map((l) => l.id),
    undated: changes.undatedListings,
  };
};

describe('changesBetween', () => {
  it.each([
    [
      'one round: exactly its listings',
      '2023-09-19',
      '2023-09-25',
      { addedListings: ['c@sept-25'], endedListings: ['a@may'], addedLinks: ['ab'], endedLinks: ['bc'], undated: 1 },
    ],
    [
      'the day of the earlier date is not in the span',
      '2023-09-25',
      '2023-09-26',
      { addedListings: ['d@sept-25'], endedListings: [], addedLinks: [], endedLinks: [], undated: 1 },
    ],
    [
      'given backwards, the same span',
      '2023-09-25',
      '2023-09-19',
      { addedListings: ['c@sept-25'], endedListings: ['a@may'], addedLinks: ['ab'], endedLinks: ['bc'], undated: 1 },
    ],
    [
      'since the start',
      null,
      '2023-05-19',
      { addedListings: ['a@may'], endedListings: [], addedLinks: ['bc'], endedLinks: [], undated: 1 },
    ],
    [
      'a listing dated only by its listing date',
      '2023-09-26',
      '2023-09-27',
      { addedListings: ['e@undated'], endedListings: [], addedLinks: [], endedLinks: [], undated: 1 },
    ],
  ] as const)('%s', (_, from, to, expected) => {
    expect(summary(from, to)).toEqual(expected);
  });

  it('counts only what the view lets through', () => {
    expect(summary('2023-09-19', '2023-09-25', (id) => id !== 'c' && id !== 'ab')).toEqual({
      addedListings: [],
      endedListings: ['a@may'],
      addedLinks: [],
      endedLinks: ['bc'],
      undated: 1,
    });
  });

  it('counts listings and links together', () => {
    expect(changeCounts(changesBetween(index, '2023-09-19', '2023-09-25'))).toEqual({ added: 2, ended: 2 });
  });
});

describe('defaultCompareSpan', () => {
  it.each([
    ['2023-09-25', { from: '2023-09-19', to: '2023-09-25' }],
    ['2023-09-20', { from: '2023-09-19', to: '2023-09-20' }],
    ['2023-05-19', { from: null, to: '2023-05-19' }],
  ])('as of %s compares %j', (asOf, span) => {
    expect(defaultCompareSpan(index, asOf)).toEqual(span);
  });
});
