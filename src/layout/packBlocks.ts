/** A laid-out piece of the picture, with positions relative to its own top-left corner. */
export interface Block {
  width: number;
  height: number;
  place: (dx: number, dy: number) => void;
}

/**
 * Shelf packing: blocks in the given order, left to right, starting a new row when the next block
 * would pass the target width. The target width makes the whole picture roughly `aspect` wide:tall,
 * which suits a screen or a projector.
 */
export function packBlocks(blocks: readonly Block[], gap: number, aspect = 16 / 9): { width: number; height: number } {
  const area = blocks.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  const widest = Math.max(0, ...blocks.map((b) => b.width));
  const targetWidth = Math.max(widest, Math.sqrt(area * aspect));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > targetWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    block.place(x, y);
    x += block.width + gap;
    rowHeight = Math.max(rowHeight, block.height);
    width = Math.max(width, x - gap);
  }
  return { width, height: y + rowHeight };
}
