/**
 * Sizes shared by the stylesheet (what Cytoscape draws) and the layout (what space it reserves), so
 * that the layout's promise of no overlapping labels holds for what is actually drawn.
 */
export const NODE_SIZE = 34;
export const END_USER_SIZE = 52;
export const LABEL_FONT_SIZE = 13;
export const LABEL_LINE_HEIGHT = 1.2;
export const LABEL_MAX_WIDTH = 150;
export const LABEL_MARGIN = 5;
export const EDGE_FONT_SIZE = 10;

/**
 * A generous estimate of a label's wrapped box. Layout runs in a worker without the page's fonts, so it
 * measures by characters, assuming wide glyphs (0.62 em) to err on the side of space.
 */
export function estimateLabelBox(text: string, fontSize = LABEL_FONT_SIZE, maxWidth = LABEL_MAX_WIDTH) {
  const charWidth = fontSize * 0.62;
  const lines: number[] = [];
  let current = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = word.length * charWidth;
    if (current > 0 && current + charWidth + width > maxWidth) {
      lines.push(current);
      current = width;
    } else current += (current > 0 ? charWidth : 0) + width;
  }
  lines.push(current);
  return {
    width: Math.min(maxWidth, Math.max(...lines)) + 4,
    height: lines.length * fontSize * LABEL_LINE_HEIGHT + 4,
  };
}
