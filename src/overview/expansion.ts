import type { Cluster, Clustering } from '../layout/clusters';
import { NODE_SIZE } from '../layout/metrics';

/** The part of the layout the canvas shows (model coordinates) and its zoom. */
export interface ViewportBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  zoom: number;
}

/** A closed cluster opens once its tile is this wide on screen and in view... */
export const OPEN_PX = 360;
/** ...and an open one closes only once it is narrower than this: the gap keeps a zoom step from flickering. */
export const CLOSE_PX = 220;
/**
 * ...and its entities would be at least this wide on screen: a tile of 1,000 entities spreads over so
 * much of the layout that it is wide on screen while its entities are half a pixel, and opening it and
 * its neighbours (2,469 entities on 100,000) cost tasks of 1–1.8 s to draw dots. An open cluster (one
 * the user clicked) stays open.
 */
export const MIN_ENTITY_PX = 2;
/** Open clusters hold at most this many entities in all, those nearest the middle of the view first. */
export const OPEN_BUDGET = 3000;
/** Room for the members' own size and names around the tile of their positions. */
const TILE_MARGIN = 120;

/**
 * The clusters the viewport opens: those in view whose tile is large on screen (with hysteresis: an
 * open one stays open down to CLOSE_PX) and whose entities would be seen, nearest the middle first,
 * until `budget` entities are open.
 */
export function clustersToOpen(
  clusters: readonly Cluster[],
  open: ReadonlySet<string>,
  view: ViewportBox,
  budget: number = OPEN_BUDGET,
): Set<string> {
  const middle = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
  const entitiesSeen = NODE_SIZE * view.zoom >= MIN_ENTITY_PX;
  const candidates = clusters
    .filter((cluster) => {
      if (!entitiesSeen && !open.has(cluster.id)) return false;
      const { x1, y1, x2, y2 } = cluster.box;
      const inView =
        x2 + TILE_MARGIN >= view.x1 &&
        x1 - TILE_MARGIN <= view.x2 &&
        y2 + TILE_MARGIN >= view.y1 &&
        y1 - TILE_MARGIN <= view.y2;
      const onScreen = (Math.max(x2 - x1, y2 - y1) + TILE_MARGIN) * view.zoom;
      return inView && onScreen >= (open.has(cluster.id) ? CLOSE_PX : OPEN_PX);
    })
    .map((cluster) => ({ cluster, distance: Math.hypot(cluster.centre.x - middle.x, cluster.centre.y - middle.y) }))
    .sort((a, b) => a.distance - b.distance);
  const chosen = new Set<string>();
  let members = 0;
  for (const { cluster } of candidates) {
    if (members + cluster.members.length > budget && chosen.size > 0) break;
    chosen.add(cluster.id);
    members += cluster.members.length;
  }
  return chosen;
}

/** Entities a tool points at (selection, a found path, a focus) open their clusters up to this many members... */
export const TARGETS_BUDGET = 2 * OPEN_BUDGET;
/** ...and what exposure, open channels or compare pick out, beyond those, up to this many. */
export const HIGHLIGHTS_BUDGET = 1000;

/**
 * The clusters to draw open: those the user opened, those holding targets up to TARGETS_BUDGET
 * members, and those holding a tool's highlights up to HIGHLIGHTS_BUDGET, each in their order.
 */
export function clustersHolding(
  clustering: Clustering,
  userOpen: ReadonlySet<string>,
  targets: Iterable<string>,
  highlights: Iterable<string>,
): Set<string> {
  const ids = new Set(userOpen);
  openHolding(clustering, targets, TARGETS_BUDGET, ids);
  openHolding(clustering, highlights, HIGHLIGHTS_BUDGET, ids);
  return ids;
}

/** Adds to `ids` the clusters holding `entities`, in their order, until they hold `budget` members. */
function openHolding(clustering: Clustering, entities: Iterable<string>, budget: number, ids: Set<string>) {
  let members = 0;
  for (const id of entities) {
    const cluster = clustering.clusterById.get(clustering.clusterOf.get(id) ?? '');
    if (!cluster || ids.has(cluster.id)) continue;
    if (members + cluster.members.length > budget && members > 0) break;
    ids.add(cluster.id);
    members += cluster.members.length;
  }
}
