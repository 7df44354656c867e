import { Graph, layout } from '@dagrejs/dagre';
import { LABEL_MARGIN, estimateTextWidth, labelBox, type MeasureText } from './metrics';
import { connectedComponents } from './connectedComponents';
import { forceBlock, HUGE_PART } from './forceBlock';
import { packBlocks, type Block } from './packBlocks';

export interface LayoutNode {
  id: string;
  label: string;
  size: number;
  /** End-user labels are bold, so wider. */
  bold: boolean;
}
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}
export type Positions = Record<string, { x: number; y: number }>;

interface Box {
  width: number;
  height: number;
  /** The drawn node's own size; the rest of the box is its label below it. */
  size: number;
}

/**
 * Room between connected parts, and between the cells of the grid of unconnected entities: names drawn
 * large on a projector (12 px at a third of the model's size) spill past their node's box, and need
 * somewhere to go that is not another part's names.
 */
const COMPONENT_GAP = 96;
/**
 * Room between the boxes of entities in one rank of a layered part (each box holds its name at the
 * base size): a projector's names are about three times that size, and a column of suppliers is where
 * they crowd.
 */
const NODE_GAP = 24;
/** Parts larger than this are drawn force-directed: layering them makes a picture far taller than wide. */
const LAYERED_LIMIT = 150;

/** Reports how far a long layout has got, from 0 to 1. */
export type LayoutProgress = (fraction: number) => void;
const GRID_GAP = 60;

/**
 * Lays out a network so it reads as supply chains: each connected part is layered left to right
 * (suppliers on the left, end-users on the right) or, when very large, drawn force-directed;
 * unconnected entities sit in a grid, and the parts
 * are packed into a screen-shaped picture. Deterministic (same input, same picture), and every node's
 * box includes its label below it and every edge reserves room for its label, so labels do not overlap.
 */
export function computeLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  measure: MeasureText = estimateTextWidth,
  onProgress: LayoutProgress = () => {},
): Positions {
  const nodeIds = new Set(nodes.map((node) => node.id));
  const validEdges = edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target) && e.source !== e.target);
  const components = connectedComponents([...nodeIds], validEdges);
  // A huge part keeps its nodes apart by their own size (forceBlock), and its names are placed when
  // drawn: measuring its 20,000 names took ~0.2 s of the worker's time for nothing.
  const unmeasured = new Set(components.filter((part) => part.length > HUGE_PART).flat());
  const boxes = new Map<string, Box>();
  for (const node of nodes) {
    if (unmeasured.has(node.id)) {
      boxes.set(node.id, { width: node.size, height: node.size, size: node.size });
      continue;
    }
    const label = labelBox(node.label, { bold: node.bold, measure });
    boxes.set(node.id, {
      width: Math.max(node.size, label.width),
      height: node.size + LABEL_MARGIN + label.height,
      size: node.size,
    });
  }
  const componentOf = new Map<string, number>();
  components.forEach((ids, i) => ids.forEach((id) => componentOf.set(id, i)));
  const edgesOf = components.map(() => [] as LayoutEdge[]);
  for (const edge of validEdges) edgesOf[componentOf.get(edge.source)!]!.push(edge);

  const positions: Positions = {};
  const blocks: Block[] = [];
  const singles: string[] = [];
  const forceTotal = components.reduce((sum, ids) => sum + (ids.length > LAYERED_LIMIT ? ids.length : 0), 0);
  let forceDone = 0;
  components.forEach((ids, i) => {
    if (ids.length === 1) singles.push(ids[0]!);
    else if (ids.length <= LAYERED_LIMIT) blocks.push(layeredBlock(ids, edgesOf[i]!, boxes, positions));
    else {
      const place = (id: string, x: number, y: number) => (positions[id] = nodeCentre(boxes.get(id)!, x, y));
      blocks.push(
        forceBlock(ids, edgesOf[i]!, boxes, place, (done, total) =>
          onProgress((forceDone + (ids.length * done) / total) / forceTotal),
        ),
      );
      forceDone += ids.length;
    }
  });
  if (singles.length > 0) blocks.push(gridBlock(singles, boxes, positions));
  packBlocks(blocks, COMPONENT_GAP);
  return positions;
}

/** Where Cytoscape puts a node (its centre) given the centre of its box (node plus label below). */
function nodeCentre(box: Box, boxX: number, boxY: number) {
  return { x: Math.round(boxX), y: Math.round(boxY - box.height / 2 + box.size / 2) };
}

function layeredBlock(ids: string[], edges: LayoutEdge[], boxes: Map<string, Box>, positions: Positions): Block {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: NODE_GAP, ranksep: 90, edgesep: 10, marginx: 0, marginy: 0 });
  for (const id of ids) graph.setNode(id, { width: boxes.get(id)!.width, height: boxes.get(id)!.height });
  // Link labels are drawn only for the selection (see viewClasses), so the layout reserves no room for
  // them; the rank gap leaves space for a selected entity's labels instead.
  const minlens = staggeredFans(edges);
  for (const edge of edges) graph.setEdge(edge.source, edge.target, { minlen: minlens.get(edge.id) ?? 1 }, edge.id);
  layout(graph);
  const size = graph.graph();
  return {
    width: size.width ?? 0,
    height: size.height ?? 0,
    place: (dx, dy) => {
      for (const id of ids) {
        const placed = graph.node(id);
        positions[id] = nodeCentre(boxes.get(id)!, dx + placed.x, dy + placed.y);
      }
    },
  };
}

function gridBlock(ids: string[], boxes: Map<string, Box>, positions: Positions): Block {
  const cellWidth = Math.max(...ids.map((id) => boxes.get(id)!.width)) + GRID_GAP;
  const cellHeight = Math.max(...ids.map((id) => boxes.get(id)!.height)) + GRID_GAP;
  const columns = Math.max(1, Math.ceil(Math.sqrt((ids.length * cellHeight) / cellWidth)));
  const rows = Math.ceil(ids.length / columns);
  return {
    width: columns * cellWidth - GRID_GAP,
    height: rows * cellHeight - GRID_GAP,
    place: (dx, dy) => {
      ids.forEach((id, i) => {
        const box = boxes.get(id)!;
        const x = dx + (i % columns) * cellWidth + (cellWidth - GRID_GAP) / 2;
        const y = dy + Math.floor(i / columns) * cellHeight + box.height / 2;
        positions[id] = nodeCentre(box, x, y);
      });
    },
  };
}

/** A fan with at least this many leaves is spread over two ranks (see staggeredFans). */
const STAGGER_FROM = 4;

/**
 * The links that span two ranks rather than one: every other leaf of a large fan (entities whose only
 * partner is one hub, on the same side of it: its suppliers, say) moves one rank further out, so the
 * fan takes two columns of half the height instead of one tall one. A tall column sets the height of
 * its whole part, and packs its names tight: fitted to a landscape screen, the part is drawn small and
 * a projector's 12 px names find no room beside their nodes.
 */
function staggeredFans(edges: readonly LayoutEdge[]): Map<string, number> {
  const partners = new Map<string, Set<string>>();
  for (const { source, target } of edges) {
    for (const [a, b] of [
      [source, target],
      [target, source],
    ] as const) {
      const set = partners.get(a);
      if (set) set.add(b);
      else partners.set(a, new Set([b]));
    }
  }
  const isLeaf = (id: string) => partners.get(id)!.size === 1;
  // Leaves by their hub and side: `in:hub` for those that point at it, `out:hub` for those it points at.
  const fans = new Map<string, Map<string, LayoutEdge[]>>();
  for (const edge of edges) {
    const side =
      isLeaf(edge.source) && !isLeaf(edge.target) ? 'in' : isLeaf(edge.target) && !isLeaf(edge.source) ? 'out' : null;
    if (!side) continue;
    const [leaf, hub] = side === 'in' ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${side}:${hub}`;
    const fan = fans.get(key) ?? new Map<string, LayoutEdge[]>();
    fans.set(key, fan);
    fan.set(leaf, [...(fan.get(leaf) ?? []), edge]);
  }
  const minlens = new Map<string, number>();
  for (const fan of fans.values()) {
    if (fan.size < STAGGER_FROM) continue;
    [...fan.keys()].sort().forEach((leaf, i) => {
      if (i % 2 === 1) for (const edge of fan.get(leaf)!) minlens.set(edge.id, 2);
    });
  }
  return minlens;
}
