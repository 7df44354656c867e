import { describe, expect, it } from 'vitest';
import type { Cluster, Clustering } from '../layout/clusters';
import { nextOpenStep } from './openInSteps';

/** A clustering of clusters with the given member counts, named c0, c1, ... */
function clusteringOf(...sizes: number[]): Clustering {
  const clusters: Cluster[] = sizes.map((size, i) => ({
    id: `c${i}`,
    members: Array.from({ length: size }, (_, m) => `c${i}-${m}`),
    box: { x1: 0, y1: 0, x2: 1, y2: 1 },
    centre: { x: 0, y: 0 },
  }));
  return {
    clusters,
    clusterById: new Map(clusters.map((c) => [c.id, c])),
    clusterOf: new Map(clusters.flatMap((c) => c.members.map((m) => [m, c.id] as const))),
    largest: Math.max(...sizes),
    strongestLinks: [],
  };
}

describe('nextOpenStep', () => {
  const clustering = clusteringOf(200, 200, 150, 900, 50);

  it('opens the wanted clusters in their order, a budget of members per step, until all are open', () => {
    const wanted = ['c2', 'c0', 'c1', 'c4'];
    const first = nextOpenStep(new Set(), wanted, clustering, 400);
    expect([...first]).toEqual(['c2', 'c0']);
    const second = nextOpenStep(first, wanted, clustering, 400);
    expect(second).toEqual(new Set(['c2', 'c0', 'c1', 'c4']));
    expect(nextOpenStep(second, wanted, clustering, 400)).toEqual(second);
  });

  it('opens one cluster larger than the budget on its own', () => {
    expect(nextOpenStep(new Set(), ['c3', 'c4'], clustering, 400)).toEqual(new Set(['c3']));
  });

  it('closes at once what is no longer wanted, keeping what is drawn ahead of what is new', () => {
    const drawn = new Set(['c0', 'c1', 'c2']);
    expect(nextOpenStep(drawn, ['c3', 'c1'], clustering, 400)).toEqual(new Set(['c1', 'c3']));
    expect(nextOpenStep(drawn, [], clustering, 400)).toEqual(new Set());
  });
});
