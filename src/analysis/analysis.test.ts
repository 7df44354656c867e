import { describe, expect, it } from 'vitest';
import builtinData from '../../data/drone-rounds-2023.json';
import { indexDataset } from '../model/datasetIndex';
import type { Dataset } from '../model/types';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { authoritiesInDataset, authoritiesListing } from './authorities';
import { exposure } from './exposure';
import { neighbourhood } from './neighbourhood';
import { shortestPaths } from './paths';

// a → b → d, a → c → d (a tie), d → e → d (a cycle), x → y (apart from the rest). d is an end-user.
const ids = ['a', 'b', 'c', 'd', 'e', 'x', 'y'];
const index = indexDataset(
  makeDataset({
    rounds: [
      makeRound({ id: 'bis', authority: 'US BIS', date: '2023-09-25' }),
      makeRound({ id: 'ofac', authority: 'US OFAC', date: '2023-05-19' }),
    ],
    entities: ids.map((id) => makeEntity({ id, name: id.toUpperCase(), role: id === 'd' ? 'end-user' : 'supplier' })),
    listings: [
      makeListing({ entity: 'b', round: 'bis' }),
      makeListing({ entity: 'c', round: 'ofac' }),
      makeListing({ entity: 'y', round: 'bis' }),
    ],
    links: [
      makeLink({ id: 'ab', source: 'a', target: 'b' }),
      makeLink({ id: 'ac', source: 'a', target: 'c' }),
      makeLink({ id: 'bd', source: 'b', target: 'd' }),
      makeLink({ id: 'cd', source: 'c', target: 'd' }),
      makeLink({ id: 'de', source: 'd', target: 'e' }),
      makeLink({ id: 'ed', source: 'e', target: 'd' }),
      makeLink({ id: 'xy', source: 'x', target: 'y' }),
    ],
  }),
);
const sorted = (set: Set<string>) => [...set].sort();
const pathIds = (from: string, to: string, limit?: number) =>
  shortestPaths(index, from, to, limit).map((p) => p.map((l) => l.id));

describe('neighbourhood', () => {
  it.each([
    [1, 'both', ['b', 'c', 'd', 'e']],
    [1, 'out', ['d', 'e']],
    [1, 'in', ['b', 'c', 'd', 'e']],
    [2, 'in', ['a', 'b', 'c', 'd', 'e']],
    [3, 'out', ['d', 'e']],
  ] as const)('%i hop(s) %s from d', (hops, direction, expected) => {
    expect(sorted(neighbourhood(index, 'd', hops, direction).entities)).toEqual(expected);
  });

  it('follows the cycle without looping and lists the links it used', () => {
    expect(sorted(neighbourhood(index, 'e', 3, 'out').links)).toEqual(['de', 'ed']);
  });

  it('stays inside its own part of a disconnected graph', () => {
    expect(sorted(neighbourhood(index, 'x', 3, 'both').entities)).toEqual(['x', 'y']);
  });

  it('does not enter entities the filters hide', () => {
    expect(sorted(neighbourhood(index, 'a', 2, 'out', (id) => id !== 'b').entities)).toEqual(['a', 'c', 'd']);
  });

  it('is empty for an unknown or hidden centre', () => {
    expect(neighbourhood(index, 'ghost', 2, 'both').entities.size).toBe(0);
    expect(neighbourhood(index, 'a', 2, 'both', (id) => id !== 'a').entities.size).toBe(0);
  });
});

describe('shortestPaths', () => {
  it('returns every shortest path of a tie, in a stable order', () => {
    expect(pathIds('a', 'd')).toEqual([
      ['ab', 'bd'],
      ['ac', 'cd'],
    ]);
  });

  it('respects the limit', () => {
    expect(pathIds('a', 'd', 1)).toHaveLength(1);
  });

  it('follows link direction only', () => {
    expect(pathIds('d', 'a')).toEqual([]);
    expect(pathIds('a', 'e')).toEqual([
      ['ab', 'bd', 'de'],
      ['ac', 'cd', 'de'],
    ]);
  });

  it('finds nothing across disconnected parts, from an entity to itself, or for unknown ids', () => {
    expect(pathIds('a', 'y')).toEqual([]);
    expect(pathIds('a', 'a')).toEqual([]);
    expect(pathIds('a', 'ghost')).toEqual([]);
  });

  it('handles cycles', () => {
    expect(pathIds('e', 'd')).toEqual([['ed']]);
  });
});

const rows = (asOf: string | null, authority: string | null) =>
  exposure(index, asOf, authority).map((r) => [r.entityId, r.partners]);

describe('exposure', () => {
  it('ranks unsanctioned entities (end-users too) by their sanctioned or end-user partners, ties by name', () => {
    expect(rows(null, null)).toEqual([
      ['a', ['b', 'c']],
      ['d', ['b', 'c']],
      ['e', ['d']],
      ['x', ['y']],
    ]);
  });

  it('reads sanctions on the as-of date: the day before a round its entities are not yet partners', () => {
    expect(rows('2023-09-24', null)).toEqual([
      ['a', ['c']],
      ['b', ['d']],
      ['d', ['c']],
      ['e', ['d']],
    ]);
    expect(rows('2023-09-25', null)).toEqual(rows(null, null));
  });

  it('with an authority, includes entities listed only by others', () => {
    expect(rows(null, 'US BIS').map(([id]) => id)).toEqual(['a', 'd', 'c', 'e', 'x']);
  });

  it('only counts partners the view allows', () => {
    expect(exposure(index, null, null, (id) => id !== 'b').map((r) => [r.entityId, r.partners])).toEqual([
      ['a', ['c']],
      ['d', ['c']],
      ['e', ['d']],
      ['x', ['y']],
    ]);
  });
});

describe('authorities', () => {
  it('lists the authorities in the data and those listing an entity as of a date', () => {
    expect(authoritiesInDataset(index)).toEqual(['US BIS', 'US OFAC']);
    expect(authoritiesListing(index, 'b', null)).toEqual(['US BIS']);
    expect(authoritiesListing(index, 'b', '2023-09-24')).toEqual([]);
  });
});

describe('graphStats', () => {
  it('counts what the view shows, and ranks the most connected entities', async () => {
    const { filterNetwork } = await import('../filter/filterNetwork');
    const { initialFilterState } = await import('../filter/filterState');
    const { graphStats } = await import('./stats');
    const stats = graphStats(
      index,
      filterNetwork(index, { ...initialFilterState(), focus: { entity: 'd', hops: 1, direction: 'both' } }),
      2,
    );
    expect(stats.byCountry).toEqual([['RU', 4]]);
    expect(stats.byRole).toEqual([
      ['supplier', 3],
      ['end-user', 1],
    ]);
    expect(stats.byRound).toEqual([
      ['ofac', 1],
      ['bis', 1],
    ]);
    expect(stats.mostConnected).toEqual([
      ['d', 4],
      ['e', 2],
    ]);
  });
});

describe('graphStats on the built-in dataset', () => {
  const builtin = indexDataset(builtinData as unknown as Dataset);
  it.each([1, 5, 40, 1000])('the %i most connected are those a full sort ranks first (ties by name)', async (top) => {
    const { filterNetwork } = await import('../filter/filterNetwork');
    const { initialFilterState } = await import('../filter/filterState');
    const { graphStats } = await import('./stats');
    const view = filterNetwork(builtin, initialFilterState());
    const degree = new Map<string, number>();
    for (const id of [...view.shownLinks, ...view.contextLinks]) {
      const link = builtin.linkById.get(id)!;
      for (const end of [link.source, link.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const name = (id: string) => builtin.entityById.get(id)!.name;
    const ranked = [...degree].sort((a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0])));
    expect(graphStats(builtin, view, top).mostConnected).toEqual(ranked.slice(0, top));
  });

  it('counts each country as the Countries filter does: an entity under every country it has', async () => {
    const { filterNetwork } = await import('../filter/filterNetwork');
    const { initialFilterState } = await import('../filter/filterState');
    const { graphStats } = await import('./stats');
    const stats = graphStats(builtin, filterNetwork(builtin, initialFilterState()));
    expect(stats.byCountry.length).toBeGreaterThan(3);
    // Ticking one country alone leaves exactly the entities the statistics count under it.
    for (const [code, n] of stats.byCountry) {
      const only = filterNetwork(builtin, { ...initialFilterState(), countries: [code] });
      expect([code, only.shownEntities.size]).toEqual([code, n]);
    }
  });
});
