import { connectedComponents } from './connectedComponents';

type Point = { x: number; y: number };

/** A group of entities drawn as one node in the overview: a connected part, or a tile of a large one. */
export interface Cluster {
  id: string;
  members: readonly string[];
  /** The members' bounding box in layout coordinates, so the canvas can tell how large it is on screen. */
  box: { x1: number; y1: number; x2: number; y2: number };
  centre: Point;
}

export interface Clustering {
  clusters: readonly Cluster[];
  clusterById: ReadonlyMap<string, Cluster>;
  /** The cluster each entity belongs to. */
  clusterOf: ReadonlyMap<string, string>;
  /** The member count of the largest cluster, against which cluster nodes are sized. */
  largest: number;
  /**
   * The most linked pairs of clusters, at most MAX_CLUSTER_LINKS, the most links first: the links an
   * overview draws between closed clusters. Each pair once (`source` is the earlier cluster), its links
   * counted whichever way they run.
   */
  strongestLinks: readonly ClusterLink[];
}

/** The links between two clusters, as one. */
export interface ClusterLink {
  source: string;
  target: string;
  count: number;
}

/**
 * At most this many cluster-to-cluster links are drawn, the strongest first. Where links run between
 * random parts of a network (as in generated ones), almost every pair of clusters is linked once or
 * twice, and drawing every pair would cost what drawing the network costs. Measured on 20,000 entities
 * (129 clusters): 1,500 links took about 500 ms to a first frame, 600 about 60 ms.
 */
export const MAX_CLUSTER_LINKS = 600;

export const CLUSTER_ID_PREFIX = 'cluster:';

/** The largest cluster for a network of `entityCount` entities: about 100 clusters, none under 60 members. */
export function clusterSizeFor(entityCount: number): number {
  return Math.max(60, Math.ceil(entityCount / 100));
}

/**
 * Groups entities for the overview. Each connected part of at most `maxSize` entities is one cluster,
 * unless it is small (under a quarter of `maxSize`): small parts are pooled, because real lists hold
 * thousands of pairs and singletons, and an overview of thousands of tiny clusters would be no overview.
 * Larger parts and the pool are cut into tiles by the layout's positions (halved along the longer side
 * at the median until each tile is small enough), so a tile is a neighbourhood on the canvas and opens
 * in place. Deterministic: the same network and positions give the same clusters.
 */
export function clusterNetwork(
  entityIds: readonly string[],
  links: ReadonlyArray<{ source: string; target: string }>,
  positions: Readonly<Record<string, Point>>,
  maxSize: number = clusterSizeFor(entityIds.length),
): Clustering {
  if (maxSize < 1) throw new Error(`clusterNetwork: maxSize must be at least 1, got ${maxSize}`);
  const at = (id: string): Point => positions[id] ?? { x: 0, y: 0 };
  const groups: string[][] = [];
  const pool: string[] = [];
  for (const part of connectedComponents(entityIds, links)) {
    if (part.length < maxSize / 4) pool.push(...part);
    else groups.push(...splitByPosition(part, at, maxSize));
  }
  if (pool.length > 0) groups.push(...splitByPosition(pool, at, maxSize));

  const clusters = groups.map((members, i) => clusterOfMembers(`${CLUSTER_ID_PREFIX}${i}`, members, at));
  const clusterOf = new Map<string, string>();
  for (const cluster of clusters) for (const id of cluster.members) clusterOf.set(id, cluster.id);
  const pairs = countPairs(links, clusterOf, new Map(clusters.map((c, i) => [c.id, i])));
  return clusteringOf(clusters, strongest(pairs), clusterOf);
}

/** The look-ups a clustering carries, made from its clusters and the map of each member's cluster. */
function clusteringOf(
  clusters: readonly Cluster[],
  strongestLinks: readonly ClusterLink[],
  clusterOf: ReadonlyMap<string, string>,
): Clustering {
  return {
    clusters,
    clusterById: new Map(clusters.map((c) => [c.id, c])),
    clusterOf,
    largest: Math.max(0, ...clusters.map((c) => c.members.length)),
    strongestLinks,
  };
}

/** The MAX_CLUSTER_LINKS most linked pairs, the most first; ties keep the order the pairs were met. */
function strongest(pairs: ReadonlyMap<string, ClusterLink>): ClusterLink[] {
  return [...pairs.values()].sort((a, b) => b.count - a.count).slice(0, MAX_CLUSTER_LINKS);
}

/**
 * A clustering as a worker hands it over: each entity's cluster as a number, in the order of `ids`
 * (an array the page receives without copying), and the clusters without their member lists. A
 * 100,000-entity clustering sent whole (its member map and every linked pair) cost the page ~1 s.
 */
export interface PackedClustering {
  clusterIndexOf: Int32Array;
  clusters: Array<Omit<Cluster, 'members'>>;
  strongestLinks: ClusterLink[];
}

/** `clustering` for a worker to send; `ids` are the entities in the order the page knows them. */
export function packClustering(clustering: Clustering, ids: readonly string[]): PackedClustering {
  const indexOf = new Map(clustering.clusters.map((cluster, i) => [cluster.id, i]));
  const clusterIndexOf = Int32Array.from(ids, (id) => indexOf.get(clustering.clusterOf.get(id) ?? '') ?? -1);
  return {
    clusterIndexOf,
    clusters: clustering.clusters.map(({ id, box, centre }) => ({ id, box, centre })),
    strongestLinks: [...clustering.strongestLinks],
  };
}

/** The clustering back from `packClustering`, for the same `ids` in the same order. */
export function unpackClustering(packed: PackedClustering, ids: readonly string[]): Clustering {
  const members: string[][] = packed.clusters.map(() => []);
  const clusterOf = new Map<string, string>();
  ids.forEach((id, i) => {
    const cluster = packed.clusterIndexOf[i]!;
    if (cluster < 0) return;
    members[cluster]!.push(id);
    clusterOf.set(id, packed.clusters[cluster]!.id);
  });
  const clusters = packed.clusters.map((cluster, i) => ({ ...cluster, members: members[i]! }));
  return clusteringOf(clusters, packed.strongestLinks, clusterOf);
}

/**
 * Halves a group along its longer side at the median position until every part has at most `maxSize`.
 * Works on numeric indices and typed arrays: on 100,000 entities, sorting ids through a position
 * look-up took seconds.
 */
function splitByPosition(ids: string[], at: (id: string) => Point, maxSize: number): string[][] {
  const xs = new Float64Array(ids.length);
  const ys = new Float64Array(ids.length);
  ids.forEach((id, i) => ({ x: xs[i], y: ys[i] } = at(id)));
  const done: string[][] = [];
  const todo = [Int32Array.from(ids.keys())];
  while (todo.length > 0) {
    const group = todo.pop()!;
    if (group.length <= maxSize) {
      done.push(Array.from(group, (i) => ids[i]!));
      continue;
    }
    const key = spanOf(group, xs) >= spanOf(group, ys) ? xs : ys;
    // Ties in position are broken by input order, so the split is deterministic.
    group.sort((a, b) => key[a]! - key[b]! || a - b);
    const half = Math.ceil(group.length / 2);
    todo.push(group.subarray(half), group.subarray(0, half));
  }
  return done;
}

function spanOf(group: Int32Array, values: Float64Array): number {
  let low = Infinity;
  let high = -Infinity;
  for (const i of group) {
    low = Math.min(low, values[i]!);
    high = Math.max(high, values[i]!);
  }
  return high - low;
}

function boundsOf(ids: readonly string[], at: (id: string) => Point): Cluster['box'] {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const id of ids) {
    const { x, y } = at(id);
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  return { x1, y1, x2, y2 };
}

function clusterOfMembers(id: string, members: string[], at: (id: string) => Point): Cluster {
  const box = boundsOf(members, at);
  return { id, members, box, centre: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } };
}

function countPairs(
  links: ReadonlyArray<{ source: string; target: string }>,
  clusterOf: ReadonlyMap<string, string>,
  order: ReadonlyMap<string, number>,
): Map<string, ClusterLink> {
  const pairs = new Map<string, ClusterLink>();
  for (const link of links) {
    const a = clusterOf.get(link.source);
    const b = clusterOf.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    const [source, target] = order.get(a)! < order.get(b)! ? [a, b] : [b, a];
    const key = `${source}~${target}`;
    const pair = pairs.get(key);
    if (pair) pair.count++;
    else pairs.set(key, { source, target, count: 1 });
  }
  return pairs;
}
