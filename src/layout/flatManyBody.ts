import type { SimulationNodeDatum } from 'd3-force';

/** A d3-force force: called each tick with the simulation's alpha, given its nodes and random source first. */
export interface FlatManyBody {
  (alpha: number): void;
  initialize(nodes: SimulationNodeDatum[], random: () => number): void;
}

/** Points a leaf of the tree holds before it is split; a leaf also stops splitting when its points coincide. */
const LEAF_POINTS = 4;
/** A cell this small is a leaf whatever it holds: its points are (nearly) on top of one another. */
const SMALLEST_CELL = 1e-6;

/**
 * d3's many-body force (`forceManyBody` with one strength for every node, `distanceMin` 1), computed
 * on flat arrays: a Barnes–Hut tree built anew each tick in typed arrays, walked with a stack, and
 * cells wholly beyond `distanceMax` skipped rather than descended into (d3 descends into them and
 * discards each point: the same forces, found slower). On 20,000 nodes d3's version was ~2.6 s of a
 * 3.7 s layout (its quadtree is an object per node per tick, and a fifth of the time went to
 * collecting them).
 *
 * Same rule as d3's: a cell whose width over `theta` is less than its distance to the node acts as one
 * body at its centre of mass; nearer, its points act one by one. Coincident points are pushed apart in
 * a random direction from the simulation's (seeded) source, as d3 does.
 */
export function flatManyBody(strength: number, theta: number, distanceMax: number): FlatManyBody {
  let nodes: SimulationNodeDatum[] = [];
  let random: () => number = Math.random;
  const theta2 = theta * theta;
  const distanceMax2 = distanceMax * distanceMax;
  const jiggle = () => (random() - 0.5) * 1e-6;
  // The push on the node being visited, summed here: `bodies` points at (x, y) from it, l = x² + y².
  let vx = 0;
  let vy = 0;
  let alpha = 0;
  const push = (x: number, y: number, l: number, bodies: number) => {
    if (x === 0) {
      x = jiggle();
      l += x * x;
    }
    if (y === 0) {
      y = jiggle();
      l += y * y;
    }
    if (l < 1) l = Math.sqrt(l);
    const pull = (bodies * strength * alpha) / l;
    vx += x * pull;
    vy += y * pull;
  };

  const force = (givenAlpha: number) => {
    alpha = givenAlpha;
    const n = nodes.length;
    if (n < 2) return;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    nodes.forEach((node, i) => {
      xs[i] = node.x!;
      ys[i] = node.y!;
    });
    const tree = buildTree(xs, ys);
    if (tree.cells === 0) return;
    // Each cell is pushed at most once per node.
    const stack = new Int32Array(tree.cells);
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const nx = xs[i]!;
      const ny = ys[i]!;
      if (!Number.isFinite(nx) || !Number.isFinite(ny)) continue;
      vx = 0;
      vy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const cell = stack[--top]!;
        const half = tree.size[cell]! / 2;
        // Distance from the node to the cell's box: beyond distanceMax, nothing in it counts.
        const gapX = Math.max(0, Math.abs(nx - tree.midX[cell]!) - half);
        const gapY = Math.max(0, Math.abs(ny - tree.midY[cell]!) - half);
        if (gapX * gapX + gapY * gapY >= distanceMax2) continue;
        const x = tree.massX[cell]! - nx;
        const y = tree.massY[cell]! - ny;
        const l = x * x + y * y;
        const width = tree.size[cell]!;
        if ((width * width) / theta2 < l) {
          if (l < distanceMax2) push(x, y, l, tree.count[cell]!);
          continue;
        }
        const children = tree.children[cell]!;
        if (children > 0) {
          for (let c = tree.firstChild[cell]!, end = c + children; c < end; c++) stack[top++] = c;
          continue;
        }
        for (let k = tree.start[cell]!, end = tree.end[cell]!; k < end; k++) {
          const j = tree.order[k]!;
          if (j === i) continue;
          const dx = xs[j]! - nx;
          const dy = ys[j]! - ny;
          const d2 = dx * dx + dy * dy;
          if (d2 < distanceMax2) push(dx, dy, d2, 1);
        }
      }
      node.vx! += vx;
      node.vy! += vy;
    }
  };
  force.initialize = (given: SimulationNodeDatum[], source: () => number) => {
    nodes = given;
    random = source;
  };
  return force;
}

/** A square region tree over points; cell 0 is the root, and a cell's children are consecutive. */
interface Tree {
  cells: number;
  /** Point indices, ordered so each cell's points are `order[start..end)`. */
  order: Int32Array;
  start: Int32Array;
  end: Int32Array;
  firstChild: Int32Array;
  children: Int32Array;
  /** The cell's square: its middle and side. */
  midX: Float64Array;
  midY: Float64Array;
  size: Float64Array;
  /** The centre of its points, and how many there are. */
  massX: Float64Array;
  massY: Float64Array;
  count: Int32Array;
}

/**
 * Splits the points' bounding square into quarters, breadth first, until each cell holds at most
 * LEAF_POINTS points or is too small to split. Each cell's points are a run of `order`, so its centre
 * of mass is summed over that run. A point without finite coordinates is left out, as d3's quadtree
 * leaves it out (its square would be split forever).
 */
export function buildTree(xs: Float64Array, ys: Float64Array): Tree {
  const finite = [...xs.keys()].filter((i) => Number.isFinite(xs[i]) && Number.isFinite(ys[i]));
  const n = finite.length;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const i of finite) {
    left = Math.min(left, xs[i]!);
    right = Math.max(right, xs[i]!);
    top = Math.min(top, ys[i]!);
    bottom = Math.max(bottom, ys[i]!);
  }
  // Every split makes at least one more cell than it removes, and stops at LEAF_POINTS or a tiny cell,
  // so cells stay within a few per point; the arrays grow if a dense spot needs more.
  let capacity = Math.max(16, n);
  let tree = allocate(capacity, n);
  const order = tree.order;
  order.set(finite);
  const scratch = new Int32Array(n);
  tree.start[0] = 0;
  tree.end[0] = n;
  tree.midX[0] = (left + right) / 2;
  tree.midY[0] = (top + bottom) / 2;
  tree.size[0] = Math.max(right - left, bottom - top, SMALLEST_CELL);
  let cells = n > 0 ? 1 : 0;
  for (let cell = 0; cell < cells; cell++) {
    const start = tree.start[cell]!;
    const end = tree.end[cell]!;
    let sumX = 0;
    let sumY = 0;
    for (let k = start; k < end; k++) {
      sumX += xs[order[k]!]!;
      sumY += ys[order[k]!]!;
    }
    tree.count[cell] = end - start;
    tree.massX[cell] = sumX / (end - start);
    tree.massY[cell] = sumY / (end - start);
    const size = tree.size[cell]!;
    if (end - start <= LEAF_POINTS || size <= SMALLEST_CELL) continue;
    const midX = tree.midX[cell]!;
    const midY = tree.midY[cell]!;
    const quarterCounts = [0, 0, 0, 0];
    const quarterOf = (i: number) => (xs[i]! >= midX ? 1 : 0) + (ys[i]! >= midY ? 2 : 0);
    for (let k = start; k < end; k++) quarterCounts[quarterOf(order[k]!)]!++;
    const offsets = [start, 0, 0, 0];
    for (let q = 1; q < 4; q++) offsets[q] = offsets[q - 1]! + quarterCounts[q - 1]!;
    for (let k = start; k < end; k++) scratch[offsets[quarterOf(order[k]!)]!++] = order[k]!;
    order.set(scratch.subarray(start, end), start);
    if (cells + 4 > capacity) {
      capacity *= 2;
      tree = grow(tree, capacity);
    }
    tree.firstChild[cell] = cells;
    let from = start;
    for (let q = 0; q < 4; q++) {
      const to = from + quarterCounts[q]!;
      if (to > from) {
        tree.start[cells] = from;
        tree.end[cells] = to;
        tree.size[cells] = size / 2;
        tree.midX[cells] = midX + (q & 1 ? size / 4 : -size / 4);
        tree.midY[cells] = midY + (q & 2 ? size / 4 : -size / 4);
        cells++;
      }
      from = to;
    }
    tree.children[cell] = cells - tree.firstChild[cell]!;
  }
  tree.cells = cells;
  return tree;
}

function allocate(capacity: number, points: number): Tree {
  return {
    cells: 0,
    order: new Int32Array(points),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    firstChild: new Int32Array(capacity),
    children: new Int32Array(capacity),
    midX: new Float64Array(capacity),
    midY: new Float64Array(capacity),
    size: new Float64Array(capacity),
    massX: new Float64Array(capacity),
    massY: new Float64Array(capacity),
    count: new Int32Array(capacity),
  };
}

function grow(tree: Tree, capacity: number): Tree {
  const bigger = allocate(capacity, 0);
  bigger.order = tree.order;
  for (const key of [
    'start',
    'end',
    'firstChild',
    'children',
    'midX',
    'midY',
    'size',
    'massX',
    'massY',
    'count',
  ] as const)
    (bigger[key] as Int32Array | Float64Array).set(tree[key]);
  return bigger;
}
