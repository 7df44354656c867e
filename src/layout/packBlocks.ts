/** A laid-out piece of the picture, with positions relative to its own top-left corner. */
export interface Block {
  width: number;
  height: number;
  place: (dx: number, dy: number) => void;
}

/**
 * The shape the packed picture aims for. Fixed rather than read from the window, so the same data
 * gives the same picture everywhere; 1.6 sits among the graph's panes: 1.4 to 1.9 in the explorer
 * (1440×900 to 1280×720), about 1.7 in Present on a 16:9 projector.
 */
export const TARGET_ASPECT = 1.6;

/**
 * Skyline packing: the tallest blocks first, each at the lowest place along the picture's skyline where
 * it fits (leftmost among equals), so small blocks fill the room beside and under the large ones
 * rather than start a row of their own. Tries a range of picture widths and keeps the one whose
 * picture fits an `aspect`-shaped frame at the largest scale, then places the blocks.
 */
export function packBlocks(
  blocks: readonly Block[],
  gap: number,
  aspect = TARGET_ASPECT,
): { width: number; height: number } {
  if (blocks.length === 0) return { width: 0, height: 0 };
  const order = blocks
    .map((block, index) => ({ block, index }))
    .sort((a, b) => b.block.height - a.block.height || a.index - b.index)
    .map(({ block }) => block);
  const widest = Math.max(...blocks.map((b) => b.width));
  const total = blocks.reduce((sum, b) => sum + b.width + gap, 0) - gap;
  let best = { width: widest, cost: Infinity };
  const candidates = 40;
  for (let i = 0; i <= candidates; i++) {
    const width = widest + ((total - widest) * i) / candidates;
    const size = skyline(order, gap, width, () => {});
    // The frame needed is as wide as the picture, or as wide as its height times the aspect.
    const cost = Math.max(size.width, size.height * aspect);
    if (cost < best.cost - 1e-9) best = { width, cost };
  }
  return skyline(order, gap, best.width, (block, x, y) => block.place(x, y));
}

interface Segment {
  x: number;
  width: number;
  /** The height the picture has reached over this stretch. */
  y: number;
}

function skyline(
  blocks: readonly Block[],
  gap: number,
  maxWidth: number,
  place: (block: Block, x: number, y: number) => void,
) {
  let segments: Segment[] = [{ x: 0, width: Math.max(maxWidth, ...blocks.map((b) => b.width)) + gap, y: 0 }];
  let width = 0;
  let height = 0;
  for (const block of blocks) {
    const w = block.width + gap;
    let spot: { x: number; y: number } | null = null;
    for (const start of segments) {
      const end = start.x + w;
      if (end > segments.at(-1)!.x + segments.at(-1)!.width + 1e-9) break;
      const y = Math.max(...segments.filter((s) => s.x < end - 1e-9 && s.x + s.width > start.x + 1e-9).map((s) => s.y));
      if (!spot || y < spot.y - 1e-9) spot = { x: start.x, y };
    }
    const { x, y } = spot!;
    place(block, x, y);
    width = Math.max(width, x + block.width);
    height = Math.max(height, y + block.height);
    segments = raise(segments, x, w, y + block.height + gap);
  }
  return { width, height };
}

/** The skyline with the stretch from `x`, `w` wide, raised to `top`. */
function raise(segments: readonly Segment[], x: number, w: number, top: number): Segment[] {
  const end = x + w;
  const next: Segment[] = [];
  for (const s of segments) {
    const sEnd = s.x + s.width;
    if (sEnd <= x || s.x >= end) next.push(s);
    else {
      if (s.x < x) next.push({ x: s.x, width: x - s.x, y: s.y });
      if (sEnd > end) next.push({ x: end, width: sEnd - end, y: s.y });
    }
  }
  next.push({ x, width: w, y: top });
  next.sort((a, b) => a.x - b.x);
  // Neighbours at one height are one stretch.
  const merged: Segment[] = [];
  for (const s of next) {
    const last = merged.at(-1);
    if (last && Math.abs(last.y - s.y) < 1e-9 && Math.abs(last.x + last.width - s.x) < 1e-9) last.width += s.width;
    else merged.push({ ...s });
  }
  return merged;
}
