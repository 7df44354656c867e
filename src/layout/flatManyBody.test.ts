import { describe, expect, it } from 'vitest';
import { forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { buildTree, flatManyBody } from './flatManyBody';

/** Points from a fixed-seed source, spread over a square `side` wide. */
function scatter(count: number, side: number): SimulationNodeDatum[] {
  let state = 7;
  const next = () => ((state = (state * 16807) % 2147483647) / 2147483647) * side;
  return Array.from({ length: count }, (_, index) => ({ index, x: next(), y: next(), vx: 0, vy: 0 }));
}

function copy(nodes: SimulationNodeDatum[]): SimulationNodeDatum[] {
  return nodes.map((node) => ({ ...node }));
}

/** The velocities a force gives `nodes` in one call at alpha 0.5. */
function pushes(
  nodes: SimulationNodeDatum[],
  force: ReturnType<typeof flatManyBody> | ReturnType<typeof forceManyBody>,
) {
  const own = copy(nodes);
  let state = 3;
  force.initialize!(own, () => (state = (state * 16807) % 2147483647) / 2147483647);
  force(0.5);
  return own.map((node) => [node.vx!, node.vy!] as const);
}

describe('flatManyBody', () => {
  it('gives the forces d3 gives when every point is taken one by one', () => {
    const nodes = scatter(500, 2000);
    const exact = pushes(nodes, forceManyBody().strength(-300).theta(1e-9).distanceMax(600));
    const flat = pushes(nodes, flatManyBody(-300, 1e-9, 600));
    flat.forEach(([vx, vy], i) => {
      expect(vx).toBeCloseTo(exact[i]![0], 9);
      expect(vy).toBeCloseTo(exact[i]![1], 9);
    });
    expect(flat.some(([vx]) => Math.abs(vx) > 0.1)).toBe(true);
  });

  it('approximates far cells as closely as d3 does', () => {
    const nodes = scatter(1500, 4000);
    const exact = pushes(nodes, forceManyBody().strength(-300).theta(1e-9).distanceMax(900));
    const error = (pushed: ReadonlyArray<readonly [number, number]>) =>
      pushed.reduce((sum, [vx, vy], i) => sum + Math.hypot(vx - exact[i]![0], vy - exact[i]![1]), 0) /
      exact.reduce((sum, [vx, vy]) => sum + Math.hypot(vx, vy), 0);
    const d3Error = error(pushes(nodes, forceManyBody().strength(-300).theta(1.2).distanceMax(900)));
    const flatError = error(pushes(nodes, flatManyBody(-300, 1.2, 900)));
    expect(flatError).toBeGreaterThan(0);
    expect(flatError).toBeLessThan(Math.max(0.05, 1.5 * d3Error));
  });

  it('ignores points beyond distanceMax', () => {
    const nodes = [
      { index: 0, x: 0, y: 0, vx: 0, vy: 0 },
      { index: 1, x: 100, y: 0, vx: 0, vy: 0 },
      { index: 2, x: 5000, y: 0, vx: 0, vy: 0 },
    ];
    const [first, , far] = pushes(nodes, flatManyBody(-300, 0.9, 1000));
    expect(first![0]).toBeCloseTo((-300 * 0.5 * 100) / 100 ** 2, 12);
    expect(far).toEqual([0, 0]);
  });

  it('pushes coincident points apart without NaN', () => {
    const nodes = Array.from({ length: 12 }, (_, index) => ({ index, x: 10, y: 10, vx: 0, vy: 0 }));
    const pushed = pushes(nodes, flatManyBody(-30, 0.9, Infinity));
    for (const [vx, vy] of pushed) {
      expect(Number.isFinite(vx) && Number.isFinite(vy)).toBe(true);
      expect(Math.hypot(vx, vy)).toBeGreaterThan(0);
    }
  });
});

describe('buildTree', () => {
  it('puts each point in one leaf, inside the leaf’s square, and counts every cell', () => {
    const nodes = scatter(2000, 1000);
    const xs = Float64Array.from(nodes, (n) => n.x!);
    const ys = Float64Array.from(nodes, (n) => n.y!);
    const tree = buildTree(xs, ys);
    const seen = new Int32Array(nodes.length);
    for (let cell = 0; cell < tree.cells; cell++) {
      expect(tree.count[cell]).toBe(tree.end[cell]! - tree.start[cell]!);
      if (tree.children[cell]! > 0) continue;
      expect(tree.count[cell]).toBeLessThanOrEqual(4);
      const half = tree.size[cell]! / 2 + 1e-9;
      for (let k = tree.start[cell]!; k < tree.end[cell]!; k++) {
        const i = tree.order[k]!;
        seen[i]!++;
        expect(Math.abs(xs[i]! - tree.midX[cell]!)).toBeLessThanOrEqual(half);
        expect(Math.abs(ys[i]! - tree.midY[cell]!)).toBeLessThanOrEqual(half);
      }
    }
    expect([...seen].every((times) => times === 1)).toBe(true);
  });
});

describe('buildTree and points without a place', () => {
  it('leaves out points whose coordinates are not finite, and ends', () => {
    const xs = Float64Array.from([0, Number.NaN, 10, Infinity, 5]);
    const ys = Float64Array.from([0, 3, 10, 4, -Infinity]);
    const tree = buildTree(xs, ys);
    expect([...tree.order.subarray(tree.start[0], tree.end[0])].sort()).toEqual([0, 2]);
    const nodes = Array.from(xs, (x, index) => ({ index, x, y: ys[index]!, vx: 0, vy: 0 }));
    const pushed = pushes(nodes, flatManyBody(-30, 0.9, Infinity));
    expect(Number.isFinite(pushed[0]![0]) && pushed[0]![0] !== 0).toBe(true);
    expect(pushed[1]).toEqual([0, 0]);
  });
});
