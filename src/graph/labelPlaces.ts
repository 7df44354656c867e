/**
 * The places a name may take around its node, and the box each gives it. Every place touches the node
 * (a name is read as its node's by being beside it, as on a map), so none needs a leader line: under or
 * over it, centred or flush with one of its edges, or level with it on either side.
 */
import type { GraphClass } from './graphClasses';
import type { Rect } from './spatialGrid';

export type LabelSide =
  | 'below'
  | 'above'
  | 'right'
  | 'left'
  | 'below-right'
  | 'below-left'
  | 'above-right'
  | 'above-left';

/**
 * The places in the order they are tried: under the node as names are usually drawn, over it, then
 * beside it (where a column of the layered layout leaves room across but not down), then under or over
 * it flush with one edge, running away from a neighbour on the other side.
 */
export const LABEL_SIDES: readonly LabelSide[] = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
];

/** How a place sits against its node: which way the name runs from it on each axis. */
interface Anchor {
  /**
   * -1: the name runs left (beside the node: from its left edge; under or over it: from its right edge,
   * flush with it); 0: centred on it; 1: the name runs right (from its right edge, or flush with its left).
   */
  h: -1 | 0 | 1;
  /** -1: above the node; 0: level with its centre; 1: below it. */
  v: -1 | 0 | 1;
}

export const LABEL_ANCHORS: Readonly<Record<LabelSide, Anchor>> = {
  below: { h: 0, v: 1 },
  above: { h: 0, v: -1 },
  right: { h: 1, v: 0 },
  left: { h: -1, v: 0 },
  'below-right': { h: 1, v: 1 },
  'below-left': { h: -1, v: 1 },
  'above-right': { h: 1, v: -1 },
  'above-left': { h: -1, v: -1 },
};

/**
 * How far the name stands off the point Cytoscape puts it at (text-halign and text-valign outside a
 * node `half` across each way): `gap` on the axis it leaves the node by, and for a name under or over
 * the node, flush with one of its edges, back across the node's width. Cytoscape's text margins.
 */
export function labelOffset(side: LabelSide, gap: number, half: number): { x: number; y: number } {
  const { h, v } = LABEL_ANCHORS[side];
  return { x: v === 0 ? h * gap : -h * 2 * half, y: v * gap };
}

/**
 * The box of a name `width` × `height` placed at `side` of a node centred at (x, y) whose half size
 * is `half`, `gap` away, as Cytoscape draws it (text-halign and text-valign outside the node, then the
 * text margin). All in the same units.
 */
export function labelRect(
  { x, y, half }: { x: number; y: number; half: number },
  side: LabelSide,
  size: { width: number; height: number; gap: number },
): Rect {
  const { h, v } = LABEL_ANCHORS[side];
  const offset = labelOffset(side, size.gap, half);
  const anchorX = x + h * half + offset.x;
  const anchorY = y + v * half + offset.y;
  const left = h === 0 ? anchorX - size.width / 2 : h > 0 ? anchorX : anchorX - size.width;
  const top = v === 0 ? anchorY - size.height / 2 : v > 0 ? anchorY : anchorY - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

/** The classes (besides `label-shown`) that set a name's place: Cytoscape's text-valign and text-halign. */
export type LabelPlaceClass = Extract<GraphClass, 'label-above' | 'label-beside' | 'label-left' | 'label-right'>;

/** The classes that make Cytoscape draw a name at `side` (the stylesheet's default is below, centred). */
export function labelPlaceClasses(side: LabelSide): LabelPlaceClass[] {
  const { h, v } = LABEL_ANCHORS[side];
  const classes: LabelPlaceClass[] = [];
  if (v < 0) classes.push('label-above');
  if (v === 0) classes.push('label-beside');
  if (h < 0) classes.push('label-left');
  if (h > 0) classes.push('label-right');
  return classes;
}
