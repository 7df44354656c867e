import { forceCollide, forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Block } from './packBlocks';
import { flatManyBody } from './flatManyBody';
import { radialSeed } from './radialSeed';

/**
 * Parts larger than this start from rings (radialSeed), keep nodes apart by their own size only (names
 * are placed at draw time by the label planner) and get fewer ticks: d3's layout is O(n log n) a tick,
 * and 150 ticks on 20,000 nodes took minutes.
 */
export const HUGE_PART = 1500;
/** Ticks times nodes for a huge part: 20 ticks at 20,000 nodes, 100 at 2,000. */
const HUGE_TICK_BUDGET = 300_000;

interface Box {
  width: number;
  height: number;
  size: number;
}
interface ForceNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

/** A fixed-seed source for d3-force's jiggle, so the picture is the same on every run. */
function seededSource(): () => number {
  let state = 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * A force-directed layout for a part too large to layer readably (a layered drawing of hundreds of
 * nodes becomes a column metres tall). Runs a fixed number of ticks from d3's deterministic start,
 * with a collision radius that covers each node's label, and reports progress as it goes.
 */
export function forceBlock(
  ids: string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  boxes: Map<string, Box>,
  place: (id: string, x: number, y: number) => void,
  onTick: (done: number, total: number) => void,
): Block {
  const huge = ids.length > HUGE_PART;
  const seed = huge ? radialSeed(ids, edges, 60) : null;
  const nodes: ForceNode[] = ids.map((id) => {
    const box = boxes.get(id)!;
    const start = seed?.get(id);
    return {
      id,
      radius: huge ? box.size / 2 + 6 : Math.hypot(box.width, box.height) / 2 + 4,
      ...(start ? { x: start.x, y: start.y } : {}),
    };
  });
  const links = edges.map((e) => ({ source: e.source, target: e.target }));
  const ticks = huge
    ? Math.min(100, Math.max(20, Math.round(HUGE_TICK_BUDGET / ids.length)))
    : ids.length > 1000
      ? 150
      : 300;
  const simulation = forceSimulation(nodes)
    .randomSource(seededSource())
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<ForceNode, { source: string; target: string }>(links)
        .id((n) => n.id)
        .distance(90)
        .iterations(1),
    )
    .force('charge', flatManyBody(-300, 1.2, 900))
    // Rings and repulsion keep a huge part's nodes apart; collision tests would cost a third of each tick.
    .force('collide', huge ? null : forceCollide<ForceNode>((n) => n.radius).iterations(1))
    .force('x', forceX(0).strength(0.03))
    .force('y', forceY(0).strength(0.03))
    .stop();
  // From the rings, a gentle settling rather than a shake-up: the seed already reads.
  if (huge) simulation.alpha(0.3).alphaDecay(1 - Math.pow(0.001 / 0.3, 1 / ticks));
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    if (i % 10 === 0) onTick(i, ticks);
  }
  onTick(ticks, ticks);
  // Loops, not Math.min(...spread): a spread of 100,000 arguments overflows the stack.
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    left = Math.min(left, n.x! - n.radius);
    top = Math.min(top, n.y! - n.radius);
    right = Math.max(right, n.x! + n.radius);
    bottom = Math.max(bottom, n.y! + n.radius);
  }
  return {
    width: right - left,
    height: bottom - top,
    place: (dx, dy) => nodes.forEach((n) => place(n.id, dx + n.x! - left, dy + n.y! - top)),
  };
}
