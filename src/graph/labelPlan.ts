/**
 * Which names to draw, and where, so that every drawn name is readable and none overlap: names keep one
 * size on screen (at least `fontPx`, as map labels do), each takes one of the places around its node
 * (see labelPlaces.ts), and where they collide the more important one wins. Pure: it works on rendered
 * (screen) coordinates handed to it, so it is tested without a canvas.
 */
import { LABEL_SIDES, labelRect, type LabelSide } from './labelPlaces';
import { placeRequired, type Place as RequiredPlace, type RequiredName } from './requiredLabels';
import { SpatialGrid, type Rect } from './spatialGrid';

export type { LabelSide } from './labelPlaces';

export interface LabelCandidate {
  id: string;
  /** The node's centre on screen, in pixels. */
  x: number;
  y: number;
  /** The node's drawn height on screen, in pixels (nodes are as wide as they are high). */
  nodeHeight: number;
  /** The label's box at the base font size, in model units (see `labelBox`). */
  width: number;
  height: number;
  /** The label's box wrapped at twice the usual width (fewer, longer lines), if it differs. */
  wide?: { width: number; height: number };
  /** Higher first; ties go to the smaller id, so the same view always gives the same names. */
  priority: number;
  /** Drawn whatever the room (the selection, a path): placed first, so the rest make way. */
  required?: boolean;
}

export interface LabelPlanOptions {
  /** The smallest on-screen font size a name may have: 9 px on screen, 12 px when presenting. */
  minFontPx: number;
  /** The base font size the candidates' boxes were measured at, in model units. */
  baseFontSize: number;
  zoom: number;
  viewport: { width: number; height: number };
  /** The gap between a node and its label, in model units at the base size. */
  margin: number;
  /** Room kept clear around each name on screen, in pixels, for the measure's small errors. */
  padding?: number;
}

export interface PlannedLabel {
  id: string;
  side: LabelSide;
  /** Wrapped at twice the usual width. */
  wide?: boolean;
}

export interface LabelPlan {
  /** The font size to draw names at, in model units: the base size, or larger when zoomed out. */
  fontSize: number;
  labels: PlannedLabel[];
  /**
   * Required names of nodes on screen with no clear place: left out (every place would overlap another
   * name), drawn over another node, or cut by the screen's edge. None, if the view has room for them.
   */
  crowded: string[];
}

/** A place for a name, and how much of other nodes it covers, in square pixels. */
type Place = RequiredPlace<LabelSide> & { covered: number };

/**
 * Plans the names for one view. Required names go first (see placeRequired), so optional ones make way
 * for them: each in a place around its node (in LABEL_SIDES' order) whose box meets no other name, and
 * no other node and whole on screen if the view has a way; where it has none, one cut by the screen's
 * edge or over a node, reported in `crowded`. Then the others, in order of importance, each in the first
 * clear place left, whole on screen, or not at all. No two names ever overlap: a name that cannot be read
 * helps nobody.
 */
export function planLabels(candidates: readonly LabelCandidate[], options: LabelPlanOptions): LabelPlan {
  const fontSize = Math.max(options.baseFontSize, options.minFontPx / options.zoom);
  const scale = (fontSize / options.baseFontSize) * options.zoom;
  const padding = options.padding ?? 0;
  const { viewport } = options;
  const bodies = new SpatialGrid();
  // Every node's body is taken ground: a name may not cover another node.
  for (const candidate of candidates) {
    const body = nodeRect(candidate);
    if (meets(body, viewport)) bodies.add(body, candidate.id);
  }
  const gap = options.margin * scale;
  /** Every box a node's name may take, as usually wrapped then wrapped wide, each side in turn. */
  function* boxesAround(candidate: LabelCandidate) {
    const node = { x: candidate.x, y: candidate.y, half: candidate.nodeHeight / 2 };
    for (const [box, wide] of [
      [candidate, false],
      [candidate.wide, true],
    ] as const) {
      if (!box) continue;
      const size = { width: box.width * scale, height: box.height * scale, gap };
      for (const side of LABEL_SIDES) yield { side, wide, rect: labelRect(node, side, size) };
    }
  }
  /** A required name's places, at least partly on screen, the best first (see Place's tier). */
  const placesOf = (candidate: LabelCandidate): Place[] => {
    const places: Place[] = [];
    for (const { side, wide, rect } of boxesAround(candidate)) {
      if (!meets(rect, viewport)) continue;
      const covered = bodies.hits(rect, candidate.id) ? bodies.coveredArea(rect, candidate.id) : 0;
      const tier = (covered > 0 ? 1 : 0) + (within(rect, viewport) ? 0 : 2);
      places.push({ side, wide, rect, room: inflate(rect, padding), tier, covered });
    }
    // Over a node, the one that hides the least of it first; else in LABEL_SIDES' order.
    return places.sort((a, b) => a.tier - b.tier || a.covered - b.covered);
  };
  const order = byImportance(candidates);
  // A node whose centre is off screen is drawn only in part, if at all: its name would stand alone.
  const shown = (c: LabelCandidate) => c.x >= 0 && c.y >= 0 && c.x <= viewport.width && c.y <= viewport.height;
  const required: RequiredName<Place>[] = [];
  for (const candidate of order) {
    if (!candidate.required || !shown(candidate)) continue;
    const places = placesOf(candidate);
    if (places.length > 0) required.push({ id: candidate.id, places });
  }
  const { placed, crowded } = placeRequired(required);
  const names = new SpatialGrid();
  for (const [id, place] of placed) names.add(place.rect, id);
  for (const candidate of order) {
    if (candidate.required || !shown(candidate)) continue;
    // Whole on screen and clear of every other node: a name the edge cuts is not read, nor a node under it.
    for (const { side, wide, rect } of boxesAround(candidate)) {
      if (!within(rect, viewport)) continue;
      const room = inflate(rect, padding);
      if (names.hits(room) || bodies.hits(rect, candidate.id)) continue;
      names.add(rect, candidate.id);
      placed.set(candidate.id, { side, wide, rect, room, tier: 0, covered: 0 });
      break;
    }
  }
  const labels = order.flatMap((c) => {
    const place = placed.get(c.id);
    if (!place) return [];
    return [place.wide ? { id: c.id, side: place.side, wide: true } : { id: c.id, side: place.side }];
  });
  return { fontSize, labels, crowded };
}

/** Required first, then by priority, then by id. */
function byImportance(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  return [...candidates].sort(
    (a, b) =>
      Number(Boolean(b.required)) - Number(Boolean(a.required)) ||
      b.priority - a.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function nodeRect({ x, y, nodeHeight }: LabelCandidate): Rect {
  const half = nodeHeight / 2;
  return { left: x - half, right: x + half, top: y - half, bottom: y + half };
}

const inflate = (rect: Rect, by: number): Rect => ({
  left: rect.left - by,
  top: rect.top - by,
  right: rect.right + by,
  bottom: rect.bottom + by,
});

/** Some of it is on screen. */
function meets(rect: Rect, viewport: { width: number; height: number }): boolean {
  return rect.right > 0 && rect.bottom > 0 && rect.left < viewport.width && rect.top < viewport.height;
}

/** All of it is on screen. */
function within(rect: Rect, viewport: { width: number; height: number }): boolean {
  return rect.left >= 0 && rect.top >= 0 && rect.right <= viewport.width && rect.bottom <= viewport.height;
}
