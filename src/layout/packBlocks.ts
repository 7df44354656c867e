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
 * rather than start a row of their own. Tries a range of picture widths (about that of an
 * `aspect`-shaped frame holding the blocks) and keeps the one whose picture fits such a frame at the
 * largest scale, then places the blocks.
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
  // Widths about that of an `aspect` frame holding the blocks' area: far wider ones are a row of many
  // blocks, which cost time to pack and give a picture too wide anyway.
  const ideal = Math.sqrt(blocks.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0) * aspect);
  const narrowest = Math.min(total, Math.max(widest, ideal / 2));
  const widestTried = Math.min(total, Math.max(narrowest, ideal * 2));
  let best = { width: narrowest, cost: Infinity };
  // Fewer widths tried for thousands of blocks (a large network's overview), so packing stays fast.
  const candidates = Math.max(4, Math.min(40, Math.round(80_000 / blocks.length)));
  for (let i = 0; i <= candidates; i++) {
    const width = narrowest + ((widestTried - narrowest) * i) / candidates;
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
  // Never narrower than the widest block (the caller tries no narrower width).
  const segments: Segment[] = [{ x: 0, width: maxWidth + gap, y: 0 }];
  let width = 0;
  let height = 0;
  for (const block of blocks) {
    const w = block.width + gap;
    const end = segments.at(-1)!.x + segments.at(-1)!.width;
    let spot: { x: number; y: number } | null = null;
    for (let i = 0; i < segments.length; i++) {
      const start = segments[i]!;
      if (start.x + w > end + 1e-9) break;
      // Only a lower place helps: the block rests on the highest stretch under it.
      if (spot && start.y >= spot.y - 1e-9) continue;
      let y = start.y;
      for (let j = i + 1; j < segments.length && segments[j]!.x < start.x + w - 1e-9; j++)
        y = Math.max(y, segments[j]!.y);
      if (!spot || y < spot.y - 1e-9) spot = { x: start.x, y };
    }
    const { x, y } = spot!;
    place(block, x, y);
    width = Math.max(width, x + block.width);
    height = Math.max(height, y + block.height);
    raise(segments, x, w, y + block.height + gap);
  }
  return { width, height };
}

/** Raises the skyline over the stretch from `x`, `w` wide, to `top`, in place. */
function raise(segments: Segment[], x: number, w: number, top: number): void {
  const end = x + w;
  let first = segments.findIndex((segment) => segment.x + segment.width > x + 1e-9);
  let last = first;
  while (last + 1 < segments.length && segments[last + 1]!.x < end - 1e-9) last++;
  const pieces: Segment[] = [];
  const head = segments[first]!;
  const tail = segments[last]!;
  if (head.x < x - 1e-9) pieces.push({ x: head.x, width: x - head.x, y: head.y });
  pieces.push({ x, width: w, y: top });
  if (tail.x + tail.width > end + 1e-9) pieces.push({ x: end, width: tail.x + tail.width - end, y: tail.y });
  // Neighbours at one height are one stretch.
  const before = segments[first - 1];
  if (before && Math.abs(before.y - top) < 1e-9) {
    pieces[0]!.x = before.x;
    pieces[0]!.width += before.width;
    first--;
  }
  const after = segments[last + 1];
  if (after && Math.abs(after.y - pieces.at(-1)!.y) < 1e-9) {
    pieces.at(-1)!.width += after.width;
    last++;
  }
  segments.splice(first, last - first + 1, ...pieces);
}
