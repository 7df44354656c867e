import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { generateNetwork } from '../bench/generateNetwork';
import { clusterNetwork } from '../layout/clusters';
import { makeDataset, makeEntity, makeLink } from '../test/factories';
import type { AppState } from './appState';
import { OVERVIEW_ABOVE, selectClustering, selectOverviewTargets } from './overviewSelectors';
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
