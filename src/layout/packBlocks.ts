/** A laid-out piece of the picture, with positions relative to its own top-left corner. */
export interface Block {
  width: number;
  height: number;
  place: (dx: number, dy: number) => void;
}

/**
 * The shape the packed picture aims for. Fixed rather than read from the window, so the same data
 * gives the same picture everywhere; 1.4 sits between a laptop's graph pane and a 16:9 projector.
 */
export const TARGET_ASPECT = 1.4;

/**
 * Shelf packing: blocks in the given order, left to right, starting a new row when the next block
 * would pass a row width. Tries a range of row widths and keeps the one whose picture fits a
 * `aspect`-shaped frame at the largest scale, then places the blocks.
 */
export function packBlocks(
  blocks: readonly Block[],
  gap: number,
  aspect = TARGET_ASPECT,
): { width: number; height: number } {
  if (blocks.length === 0) return { width: 0, height: 0 };
  const widest = Math.max(...blocks.map((b) => b.width));
  const total = blocks.reduce((sum, b) => sum + b.width + gap, 0);
  let best = { rowWidth: widest, cost: Infinity };
  const candidates = 40;
  for (let i = 0; i <= candidates; i++) {
    const rowWidth = widest + ((total - widest) * i) / candidates;
    const size = shelve(blocks, gap, rowWidth, () => {});
    // The frame needed is as wide as the picture, or as wide as its height times the aspect.
    const cost = Math.max(size.width, size.height * aspect);
    if (cost < best.cost) best = { rowWidth, cost };
  }
  return shelve(blocks, gap, best.rowWidth, (block, x, y) => block.place(x, y));
}

function shelve(
  blocks: readonly Block[],
  gap: number,
  rowWidth: number,
  place: (block: Block, x: number, y: number) => void,
) {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    place(block, x, y);
    x += block.width + gap;
    rowHeight = Math.max(rowHeight, block.height);
    width = Math.max(width, x - gap);
  }
  return { width, height: y + rowHeight };
}
