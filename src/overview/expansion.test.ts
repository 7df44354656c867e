import { describe, expect, it } from 'vitest';
import type { Cluster } from '../layout/clusters';
import { NODE_SIZE } from '../layout/metrics';
import { clusterNetwork } from '../layout/clusters';
import {
  CLOSE_PX,
  clustersHolding,
  clustersToOpen,
  HIGHLIGHTS_BUDGET,
  MIN_ENTITY_PX,
  OPEN_PX,
  TARGETS_BUDGET,
} from './expansion';

function tile(id: string, x: number, width: number, members = 10): Cluster {
  return {
    id,
    members: Array.from({ length: members }, (_, i) => `${id}-${i}`),
    box: { x1: x, y1: 0, x2: x + width, y2: width },
    centre: { x: x + width / 2, y: width / 2 },
  };
}
const view = (x1: number, x2: number, zoom: number) => ({ x1, x2, y1: -1000, y2: 1000, zoom });

describe('clustersToOpen', () => {
  const clusters = [tile('a', 0, 880), tile('b', 5000, 880)];

  it('opens a cluster in view once it is large on screen, and leaves one out of view closed', () => {
    expect(clustersToOpen(clusters, new Set(), view(-100, 1000, (OPEN_PX + 1) / 1000))).toEqual(new Set(['a']));
    expect(clustersToOpen(clusters, new Set(), view(-100, 1000, (OPEN_PX - 1) / 1000))).toEqual(new Set());
  });

  it('keeps an open cluster open down to the smaller size, so a zoom step back does not flicker', () => {
    const between = (OPEN_PX + CLOSE_PX) / 2 / 1000;
    expect(clustersToOpen(clusters, new Set(['a']), view(-100, 1000, between))).toEqual(new Set(['a']));
    expect(clustersToOpen(clusters, new Set(), view(-100, 1000, between))).toEqual(new Set());
    expect(clustersToOpen(clusters, new Set(['a']), view(-100, 1000, (CLOSE_PX - 1) / 1000))).toEqual(new Set());
  });

  it('leaves a dense tile closed while its entities would be too small to see, unless it is open', () => {
    // 50,000 units wide: at this zoom the tile spans ~850 px and its entities half a pixel.
    const dense = [tile('dense', 0, 50_000, 1000)];
    const far = view(0, 50_000, 0.017);
    expect(NODE_SIZE * far.zoom).toBeLessThan(MIN_ENTITY_PX);
    expect(clustersToOpen(dense, new Set(), far)).toEqual(new Set());
    expect(clustersToOpen(dense, new Set(['dense']), far)).toEqual(new Set(['dense']));
    expect(clustersToOpen(dense, new Set(), view(0, 50_000, MIN_ENTITY_PX / NODE_SIZE))).toEqual(new Set(['dense']));
  });

  it('spends the budget on the clusters nearest the middle of the view', () => {
    const row = [tile('left', 0, 880, 50), tile('middle', 1000, 880, 50), tile('right', 2000, 880, 50)];
    expect(clustersToOpen(row, new Set(), view(0, 2600, 1), 100)).toEqual(new Set(['middle', 'left']));
  });

  it('opens the nearest cluster even when it alone exceeds the budget', () => {
    expect(clustersToOpen([tile('big', 0, 880, 500)], new Set(), view(0, 900, 1), 100)).toEqual(new Set(['big']));
  });
});

describe('clustersHolding', () => {
  // 4,000 unlinked entities in a row, tiled into clusters of at most 100.
  const ids = Array.from({ length: 4000 }, (_, i) => `e${i}`);
  const positions = Object.fromEntries(ids.map((id, i) => [id, { x: i * 10, y: 0 }]));
  const clustering = clusterNetwork(ids, [], positions, 100);
  const { clusters } = clustering;
  // One entity of each cluster, in the clusters' order.
  const oneOfEach = clusters.map((cluster) => cluster.members[0]!);
  const membersOf = (open: Set<string>, except: Set<string>) =>
    clusters.filter((c) => open.has(c.id) && !except.has(c.id)).reduce((sum, c) => sum + c.members.length, 0);

  it("opens what the user opened, then the targets' clusters, then the highlights' within a smaller budget", () => {
    const userOpen = new Set([clusters.at(-1)!.id]);
    const open = clustersHolding(clustering, userOpen, [oneOfEach[0]!], oneOfEach.slice(1));
    expect(open.has(clusters.at(-1)!.id) && open.has(clusters[0]!.id)).toBe(true);
    const highlighted = membersOf(open, new Set([clusters.at(-1)!.id, clusters[0]!.id]));
    expect(highlighted).toBeGreaterThan(HIGHLIGHTS_BUDGET - 100);
    expect(highlighted).toBeLessThanOrEqual(HIGHLIGHTS_BUDGET);
    // In their order: the first highlights open, the last do not.
    expect(open.has(clusters[1]!.id) && !open.has(clusters.at(-2)!.id)).toBe(true);
  });

  it('opens targets up to the larger budget, and a first cluster even when it alone exceeds it', () => {
    const open = clustersHolding(clustering, new Set(), oneOfEach, []);
    // All 4,000 fit in the targets' budget (6,000), where the highlights' would open a quarter.
    expect(4000).toBeLessThanOrEqual(TARGETS_BUDGET);
    expect(open.size).toBe(clusters.length);
    const whole = clusterNetwork(ids, [], positions, 4000);
    expect(clustersHolding(whole, new Set(), [], ['e5']).size).toBe(1);
    expect(whole.clusters[0]!.members.length).toBeGreaterThan(HIGHLIGHTS_BUDGET);
  });
});
