import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { generateNetwork } from '../bench/generateNetwork';
import { clusterNetwork } from '../layout/clusters';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import type { AppState } from './appState';
import { OVERVIEW_ABOVE, selectClustering, selectOverviewHighlights, selectOverviewTargets } from './overviewSelectors';
import { createAppState } from './useAppStore';

/** A store holding `dataset`, laid out on a line. */
function storeWith(dataset: ReturnType<typeof makeDataset>) {
  const store = create<AppState>()(createAppState);
  store.getState().setDataset(dataset);
  store.getState().setPositions(Object.fromEntries(dataset.entities.map((e, i) => [e.id, { x: i * 10, y: 0 }])));
  return store;
}

describe('selectClustering', () => {
  it('draws a small dataset whole and a large one as an overview, once it is laid out', () => {
    const small = storeWith(makeDataset({ entities: [makeEntity({ id: 'a' })] }));
    expect(selectClustering(small.getState())).toBeNull();
    const large = storeWith(generateNetwork(OVERVIEW_ABOVE + 1));
    const clustering = selectClustering(large.getState())!;
    expect(clustering.clusterOf.size).toBe(OVERVIEW_ABOVE + 1);
    expect(selectClustering(large.getState())).toBe(clustering);
  });

  it('uses the clusters the layout worker grouped with the positions, and forgets them with a new dataset', () => {
    const dataset = generateNetwork(OVERVIEW_ABOVE + 1);
    const store = storeWith(dataset);
    const positions = store.getState().positions!;
    const grouped = clusterNetwork(
      dataset.entities.map((e) => e.id),
      dataset.links,
      positions,
    );
    store.getState().setPositions(positions, grouped);
    expect(selectClustering(store.getState())).toBe(grouped);
    store.getState().setDataset(generateNetwork(OVERVIEW_ABOVE + 2));
    expect(store.getState().clustering).toBeNull();
  });
});

describe('selectOverviewTargets', () => {
  const store = storeWith(
    makeDataset({
      entities: ['a', 'b', 'c'].map((id) => makeEntity({ id })),
      links: [makeLink({ id: 'ab', source: 'a', target: 'b' })],
    }),
  );

  it('names the selected entity, or both ends of the selected link', () => {
    store.getState().selectEntity('c');
    expect([...selectOverviewTargets(store.getState())]).toContain('c');
    store.getState().selectLink('ab');
    expect(selectOverviewTargets(store.getState()).has('a') && selectOverviewTargets(store.getState()).has('b')).toBe(
      true,
    );
  });

  it('names the few entities a focus leaves, and keeps the same set while nothing changes', () => {
    store.getState().clearSelection();
    store.getState().focusOn('a');
    const targets = selectOverviewTargets(store.getState());
    expect([...targets].sort()).toEqual(['a', 'b']);
    expect(selectOverviewTargets(store.getState())).toBe(targets);
  });
});

describe('selectOverviewHighlights', () => {
  // d is an end-user listed by a round; a and b deal with it, a through two links, so a is more exposed.
  const dataset = makeDataset({
    rounds: [makeRound({ id: 'r', authority: 'US BIS', date: '2023-01-01' })],
    entities: [
      ...['a', 'b', 'c'].map((id) => makeEntity({ id, name: id.toUpperCase() })),
      makeEntity({ id: 'd', name: 'D', role: 'end-user' }),
      makeEntity({ id: 'e', name: 'E' }),
    ],
    listings: [makeListing({ entity: 'd', round: 'r' }), makeListing({ entity: 'e', round: 'r' })],
    links: [
      makeLink({ id: 'ad', source: 'a', target: 'd' }),
      makeLink({ id: 'ae', source: 'a', target: 'e' }),
      makeLink({ id: 'bd', source: 'b', target: 'd' }),
      makeLink({ id: 'bc', source: 'b', target: 'c' }),
    ],
  });

  it("lists exposure's exposed entities first, most exposed first", () => {
    const store = storeWith(dataset);
    expect(selectOverviewHighlights(store.getState())).toEqual([]);
    store.getState().setExposure(true);
    const highlights = selectOverviewHighlights(store.getState());
    expect(highlights.slice(0, 2)).toEqual(['a', 'b']);
    expect(highlights).toContain('d');
    expect(selectOverviewHighlights(store.getState())).toBe(highlights);
  });

  it('leaves a found path to the targets, whose budget opens every cluster on it', () => {
    const store = storeWith(dataset);
    store.getState().setPathEnd('from', 'b');
    store.getState().setPathEnd('to', 'd');
    expect(selectOverviewHighlights(store.getState())).toEqual([]);
    const targets = selectOverviewTargets(store.getState());
    expect(targets.has('b') && targets.has('d')).toBe(true);
  });
});
