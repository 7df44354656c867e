import type { ElementDefinition } from 'cytoscape';
import { entityElement, linkElement } from '../graph/buildElements';
import { NODE_SIZE } from '../layout/metrics';
import type { Positions } from '../layout/computeLayout';
import type { DatasetIndex } from '../model/datasetIndex';
import type { Cluster, Clustering } from '../layout/clusters';
import { formatCount } from '../model/formatCount';
import { separateDiscs } from './separateDiscs';

export const AGGREGATE_ID_PREFIX = 'agg:';
/**
 * How high a cluster's count is written, as a share of its disc's diameter: as large as lets the number
 * span at most 85% of the disc (a digit or comma is about 0.6 em wide), and never over 45%. A three-digit
 * count is then readable (9 px) on a disc 20 px wide, as the discs of 20,000 entities are on a
 * 1280 × 720 screen; at a fixed 30% most of them were too small to draw.
 */
export function countFontShare(count: string): number {
  return Math.min(0.45, 0.85 / (0.6 * Math.max(1, count.length)));
}

/**
 * A count's font size, rounded up to a quarter power of two (steps of ~19%): the canvas resolves a
 * font anew for each size it meets, ~10–30 ms each here (the `system-ui` family and its fallbacks), and
 * 129 discs of 20,000 entities each had a size of its own, ~300 ms of the overview's first frame.
 * Rounded up, a count is never smaller than its share says (so never under 9 px where the share gives
 * 9 px), and spans at most its disc's width.
 */
export function countFontSize(size: number): number {
  if (size <= 1) return 1;
  return Math.ceil(2 ** (Math.ceil(Math.log2(size) * 4) / 4));
}

/**
 * What the canvas draws for a clustering with some clusters open: each closed cluster as one node,
 * each open one as its entities at their layout positions with the links among open entities; a link
 * between an open entity and a closed cluster is drawn to the cluster, counted once per pair.
 */
export function overviewElements(
  clustering: Clustering,
  index: DatasetIndex,
  positions: Positions,
  open: ReadonlySet<string>,
): Map<string, ElementDefinition> {
  const wanted = new Map<string, ElementDefinition>();
  const toCluster = new Map<string, { source: string; target: string; count: number }>();
  for (const cluster of clustering.clusters) {
    if (!open.has(cluster.id)) {
      // A copy: Cytoscape keeps the data and position it is given, and a dragged disc moves its position.
      const disc = clusterDiscs(clustering).get(cluster.id)!;
      wanted.set(cluster.id, { ...disc, data: { ...disc.data }, position: { ...disc.position! } });
      continue;
    }
    for (const id of cluster.members) {
      wanted.set(id, entityElement(index.entityById.get(id)!, positions));
      for (const link of index.linksByEntity.get(id) ?? []) {
        const other = link.source === id ? link.target : link.source;
        const otherCluster = clustering.clusterOf.get(other);
        if (otherCluster === undefined) continue;
        if (open.has(otherCluster)) {
          if (!wanted.has(link.id)) wanted.set(link.id, linkElement(link));
          continue;
        }
        const key = `${AGGREGATE_ID_PREFIX}${id}~${otherCluster}`;
        const pair = toCluster.get(key);
        if (pair) pair.count++;
        else toCluster.set(key, { source: id, target: otherCluster, count: 1 });
      }
    }
  }
  for (const [id, pair] of toCluster) wanted.set(id, aggregateElement(id, pair));
  const discSize = (id: string) => (wanted.get(id)?.data.size as number | undefined) ?? NODE_SIZE;
  for (const pair of clustering.strongestLinks) {
    if (open.has(pair.source) || open.has(pair.target)) continue;
    const id = `${AGGREGATE_ID_PREFIX}${pair.source}~${pair.target}`;
    wanted.set(id, aggregateElement(id, pair, Math.min(discSize(pair.source), discSize(pair.target))));
  }
  return wanted;
}

/** What to add and what to remove so the canvas holds exactly `wanted`; nodes are added before edges. */
export function diffElements(
  present: ReadonlySet<string>,
  wanted: ReadonlyMap<string, ElementDefinition>,
): { add: ElementDefinition[]; remove: string[] } {
  const add = [...wanted].filter(([id]) => !present.has(id)).map(([, element]) => element);
  add.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
  return { add, remove: [...present].filter((id) => !wanted.has(id)) };
}

const seeds = new WeakMap<Clustering, ElementDefinition[]>();
/**
 * The overview with every cluster closed, one list per clustering: the canvas tells datasets apart by
 * the identity of its element list, and this is the overview's.
 */
export function overviewSeed(clustering: Clustering): ElementDefinition[] {
  let seed = seeds.get(clustering);
  if (!seed) seeds.set(clustering, (seed = [...clusterDiscs(clustering).values()]));
  return seed;
}

const discsByClustering = new WeakMap<Clustering, Map<string, ElementDefinition>>();
/** Each cluster's disc, moved apart from its neighbours' (separateDiscs), by id; one map per clustering. */
function clusterDiscs(clustering: Clustering): Map<string, ElementDefinition> {
  let discs = discsByClustering.get(clustering);
  if (discs) return discs;
  const elements = clustering.clusters.map((cluster) => clusterElement(cluster, clustering.largest));
  const placed = separateDiscs(
    elements.map((element) => ({ ...element.position!, size: element.data.size as number })),
  );
  discs = new Map(
    elements.map((element, i) => [element.data.id!, { ...element, position: { x: placed[i]!.x, y: placed[i]!.y } }]),
  );
  discsByClustering.set(clustering, discs);
  return discs;
}

/**
 * A cluster node covers most of its tile, so the overview looks like the network it stands for and
 * zooming in on a cluster zooms in on its entities; its area grows with its member count. Discs of
 * neighbouring tiles can overlap: the overview moves them apart (separateDiscs).
 */
export function clusterElement(cluster: Cluster, largest: number): ElementDefinition {
  const { x1, y1, x2, y2 } = cluster.box;
  const tile = Math.sqrt(Math.max(x2 - x1, NODE_SIZE) * Math.max(y2 - y1, NODE_SIZE));
  const size = Math.round(Math.max(NODE_SIZE, 0.8 * tile * Math.sqrt(cluster.members.length / Math.max(1, largest))));
  return {
    group: 'nodes',
    data: {
      id: cluster.id,
      label: formatCount(cluster.members.length),
      description: `${formatCount(cluster.members.length)} entities`,
      sanctionedShare: 0,
      members: cluster.members.length,
      size,
      fontSize: countFontSize(size * countFontShare(formatCount(cluster.members.length))),
    },
    position: { ...cluster.centre },
    classes: ['cluster'],
  };
}

/**
 * Links counted as one: from an open entity to a closed cluster (drawn at an entity's scale), or
 * between two closed clusters, given the smaller one's disc size: discs are drawn thousands of layout
 * units wide, so the overview is seen from far out, and a link as wide as an entity's (12 units at
 * most) was under a tenth of a pixel there. Between discs a link is 2–10% of the smaller disc wide,
 * more for more links (about 0.5–2 px at 20,000 entities' opening zoom).
 */
export function aggregateElement(
  id: string,
  pair: { source: string; target: string; count: number },
  smallerDisc: number | null = null,
): ElementDefinition {
  const width =
    smallerDisc === null
      ? Math.min(12, 1 + 1.5 * Math.log2(pair.count))
      : smallerDisc * Math.min(0.1, 0.02 + 0.015 * Math.log2(pair.count));
  return { group: 'edges', data: { ...pair, id, width: Math.round(width * 10) / 10 }, classes: ['aggregate'] };
}
