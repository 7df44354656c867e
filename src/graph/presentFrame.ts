/**
 * Where the camera looks on a round step in Present: the round's story fitted to the screen, or, where
 * the story's names have no room there at 12 px, closer in, down to the round's own entities (which
 * always stay on screen). Pure: the canvas hands it boxes and a way to score a frame.
 */

import type { ModelBox } from './fitViewport';

/** The box around nodes, each centred at (x, y) and `half` its size across. */
export function boxAround(nodes: Iterable<{ x: number; y: number; half: number }>): ModelBox | null {
  let box: ModelBox | null = null;
  for (const { x, y, half } of nodes) {
    box = box
      ? {
          x1: Math.min(box.x1, x - half),
          y1: Math.min(box.y1, y - half),
          x2: Math.max(box.x2, x + half),
          y2: Math.max(box.y2, y + half),
        }
      : { x1: x - half, y1: y - half, x2: x + half, y2: y + half };
  }
  return box;
}

/**
 * The frames tried, widest first: from `outer` (the story: the round's entities and their partners) in
 * `steps` even steps to `inner` (the round's entities alone), which it contains.
 */
export function framesBetween(outer: ModelBox, inner: ModelBox, steps = 4): ModelBox[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    return {
      x1: outer.x1 + (inner.x1 - outer.x1) * t,
      y1: outer.y1 + (inner.y1 - outer.y1) * t,
      x2: outer.x2 + (inner.x2 - outer.x2) * t,
      y2: outer.y2 + (inner.y2 - outer.y2) * t,
    };
  });
}

/**
 * The first frame whose crowding is nothing, else the least crowded (the widest among equals): a frame
 * is scored by `crowding`, lower is better, and scored only until one needs nothing.
 */
export function pickFrame<T>(frames: readonly T[], crowding: (frame: T) => number): T {
  if (frames.length === 0) throw new Error('pickFrame: no frames');
  let best = frames[0] as T;
  let bestScore = Infinity;
  for (const frame of frames) {
    const score = crowding(frame);
    if (score < bestScore) [best, bestScore] = [frame, score];
    if (score === 0) break;
  }
  return best;
}
