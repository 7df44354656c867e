import { describe, expect, it } from 'vitest';
import type { Cluster } from '../layout/clusters';
import { NODE_SIZE } from '../layout/metrics';
import { CLOSE_PX, clustersToOpen, MIN_ENTITY_PX, OPEN_PX } from './expansion';

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
