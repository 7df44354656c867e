import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { importBreakdown } from './importBreakdown';

describe('importBreakdown', () => {
  it('counts entities and links per kind, most first, and says how many listings are undated or ended', () => {
    const dataset = makeDataset({
      rounds: [makeRound({ id: 'dated' }), makeRound({ id: 'undated', date: undefined })],
      entities: [
        ...['a', 'b', 'c'].map((id) => makeEntity({ id })),
        ...['p', 'q'].map((id) => makeEntity({ id, kind: 'person' })),
        makeEntity({ id: 'v', kind: 'vessel' }),
      ],
      listings: [
        makeListing({ entity: 'a', round: 'dated' }),
        makeListing({ entity: 'b', round: 'undated' }),
        makeListing({ entity: 'c', round: 'undated', date: '2022-03-15' }),
        makeListing({ entity: 'p', round: 'dated', end: { status: 'delisted', date: '2024-01-01' } }),
      ],
      links: [
        makeLink({ id: 'o1', source: 'p', target: 'a', kind: 'owns', share: 51 }),
        makeLink({ id: 'o2', source: 'q', target: 'b', kind: 'owns' }),
        makeLink({ id: 'f', source: 'p', target: 'q', kind: 'family' }),
      ],
    });
    expect(importBreakdown(dataset)).toEqual([
      'Entities: 3 companies, 2 people, 1 vessel',
      'Links: 2 ownerships, 1 family tie',
      'Listings: 4 listings, 1 with no date (shown as "date unknown"), 1 ended',
    ]);
  });

  it('says nothing of what there is none of', () => {
    expect(importBreakdown(makeDataset({ entities: [makeEntity()], links: [], listings: [] }))).toEqual([
      'Entities: 1 company',
    ]);
  });
});
