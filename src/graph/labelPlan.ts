/**
 * Which names to draw, so that every drawn name is readable and none overlap: names keep one size on
 * screen (at least `fontPx`, as map labels do), and where they would collide the more important one
 * wins. Pure: it works on rendered (screen) coordinates handed to it, so it is tested without a canvas.
 */

export interface LabelCandidate {
  id: string;
  /** The node's centre on screen, in pixels. */
  x: number;
  y: number;
  /** The node's drawn height on screen, in pixels (the label goes below it, or above). */
  nodeHeight: number;
  /** The label's box at the base font size, in model units (see `labelBox`). */
  width: number;
  height: number;
  /** Higher first; ties go to the smaller id, so the same view always gives the same names. */
  priority: number;
  /** Drawn whatever the room (the selection, a path): still placed first, so the rest make way. */
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

export type LabelSide = 'below' | 'above';

export interface PlannedLabel {
  id: string;
  side: LabelSide;
}

export interface LabelPlan {
  /** The font size to draw names at, in model units: the base size, or larger when zoomed out. */
  fontSize: number;
  labels: PlannedLabel[];
  /**
   * Required names with no clear place: left out (they would cover another name) or drawn over a node.
   * None, if the view has room for them.
   */
  crowded: string[];
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const CELL = 64;

/**
 * Plans the names for one view. Candidates off screen are passed over. Each is tried below its node,
 * then above; it is drawn where its box meets no name already placed and no other node (a name over a
 * node hides it). Required ones go first and may cover another node when both places are, but no two
 * names ever overlap: where even that fails (a crowd of required names), the less important one is
 * left out, as a name that cannot be read helps nobody.
 */
export function planLabels(candidates: readonly LabelCandidate[], options: LabelPlanOptions): LabelPlan {
  const fontSize = Math.max(options.baseFontSize, options.minFontPx / options.zoom);
  const scale = (fontSize / options.baseFontSize) * options.zoom;
  const placed = new SpatialGrid();
  const bodies = new SpatialGrid();
  const order = [...candidates].sort(
    (a, b) =>
      Number(Boolean(b.required)) - Number(Boolean(a.required)) ||
      b.priority - a.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const labels: PlannedLabel[] = [];
  const crowded: string[] = [];
  const padding = options.padding ?? 0;
  // Every node's body is taken ground: a name may not cover another node (a required one may, see above).
  for (const candidate of candidates) {
    const half = candidate.nodeHeight / 2;
    if (
      onScreen(
        { left: candidate.x - half, right: candidate.x + half, top: candidate.y - half, bottom: candidate.y + half },
        options.viewport,
      )
    ) {
      bodies.add({
        left: candidate.x - half,
        right: candidate.x + half,
        top: candidate.y - half,
        bottom: candidate.y + half,
      });
    }
  }
  for (const candidate of order) {
    const width = candidate.width * scale + 2 * padding;
    const height = candidate.height * scale + padding;
    const gap = options.margin * scale;
    const left = candidate.x - width / 2;
    const below: Rect = {
      left,
      right: left + width,
      top: candidate.y + candidate.nodeHeight / 2 + gap,
      bottom: candidate.y + candidate.nodeHeight / 2 + gap + height,
    };
    const above: Rect = {
      left,
      right: left + width,
      bottom: candidate.y - candidate.nodeHeight / 2 - gap,
      top: candidate.y - candidate.nodeHeight / 2 - gap - height,
    };
    if (!candidate.required && !onScreen(below, options.viewport) && !onScreen(above, options.viewport)) continue;
    // Against other names the padding goes on the side by the node too: two names may meet there.
    const nameRoom = {
      below: { ...below, top: below.top - padding },
      above: { ...above, bottom: above.bottom + padding },
    };
    const clearOfNames = (s: LabelSide) => !placed.hits(nameRoom[s]);
    const free = (s: LabelSide) => clearOfNames(s) && !bodies.hits(s === 'below' ? below : above);
    const side: LabelSide | null = free('below')
      ? 'below'
      : free('above')
        ? 'above'
        : !candidate.required
          ? null
          : clearOfNames('below')
            ? 'below'
            : clearOfNames('above')
              ? 'above'
              : null;
    // A required name that has no clear place is reported, so a picture can be enlarged until it has one.
    if (candidate.required && (side === null || !free(side))) crowded.push(candidate.id);
    if (side === null) continue;
    placed.add(nameRoom[side]);
    labels.push({ id: candidate.id, side });
  }
  return { fontSize, labels, crowded };
}

function onScreen(rect: Rect, viewport: { width: number; height: number }): boolean {
  return rect.right > 0 && rect.bottom > 0 && rect.left < viewport.width && rect.top < viewport.height;
}

/** Placed boxes bucketed in square cells, so a test looks only at its neighbours. */
class SpatialGrid {
  private readonly cells = new Map<string, Rect[]>();

  add(rect: Rect) {
    for (const key of this.keys(rect)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(rect);
      else this.cells.set(key, [rect]);
    }
  }

  hits(rect: Rect): boolean {
    for (const key of this.keys(rect)) {
      for (const other of this.cells.get(key) ?? []) {
        if (rect.left < other.right && other.left < rect.right && rect.top < other.bottom && other.top < rect.bottom)
          return true;
      }
    }
    return false;
  }

  private *keys(rect: Rect) {
    for (let cx = Math.floor(rect.left / CELL); cx <= Math.floor(rect.right / CELL); cx++) {
      for (let cy = Math.floor(rect.top / CELL); cy <= Math.floor(rect.bottom / CELL); cy++) yield `${cx},${cy}`;
    }
  }
}
