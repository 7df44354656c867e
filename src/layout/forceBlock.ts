import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Block } from './packBlocks';

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
  const nodes: ForceNode[] = ids.map((id) => {
    const box = boxes.get(id)!;
    return { id, radius: Math.hypot(box.width, box.height) / 2 + 4 };
  });
  const links = edges.map((e) => ({ source: e.source, target: e.target }));
  const ticks = ids.length > 1000 ? 150 : 300;
  const simulation = forceSimulation(nodes)
    .randomSource(seededSource())
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink<ForceNode, { source: string; target: string }>(links).id((n) => n.id).distance(90).iterations(1))
    .force('charge', forceManyBody().strength(-300).theta(1.2).distanceMax(900))
    .force('collide', forceCollide<ForceNode>((n) => n.radius).iterations(1))
    .force('x', forceX(0).strength(0.03))
    .force('y', forceY(0).strength(0.03))
    .stop();
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    if (i % 10 === 0) onTick(i, ticks);
  }
  onTick(ticks, ticks);
  const left = Math.min(...nodes.map((n) => n.x! - n.radius));
  const top = Math.min(...nodes.map((n) => n.y! - n.radius));
  const right = Math.max(...nodes.map((n) => n.x! + n.radius));
  const bottom = Math.max(...nodes.map((n) => n.y! + n.radius));
  return {
    width: right - left,
    height: bottom - top,
    place: (dx, dy) => nodes.forEach((n) => place(n.id, dx + n.x! - left, dy + n.y! - top)),
  };
}
