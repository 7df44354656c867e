/**
 * Sizes shared by the stylesheet (what Cytoscape draws) and the layout (what space it reserves), so
 * that the layout's promise of no overlapping labels holds for what is actually drawn.
 */
export const NODE_SIZE = 30;
export const END_USER_SIZE = 48;
export const LABEL_FONT_SIZE = 13;
export const LABEL_LINE_HEIGHT = 1.2;
export const LABEL_MAX_WIDTH = 140;
export const LABEL_MARGIN = 5;
export const EDGE_FONT_SIZE = 10;
export const EDGE_LABEL_MAX_WIDTH = 120;
export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** Measures a run of text in pixels at a font size; `bold` for end-user labels. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/** Without fonts (in Node, in tests) assume wide glyphs, 0.62 em each, to err on the side of space. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.66 : 0.62);

/**
 * A measurer using the browser's canvas (also in workers), or the estimate where there is none. Widths
 * come out `margin` times the canvas's (10% by default, for small differences from Cytoscape's own
 * rendering); the label planner asks for the bare width, so it breaks lines where Cytoscape does.
 */
export function canvasTextMeasurer(margin = 1.1): MeasureText {
  const canvas =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1)
      : typeof document !== 'undefined'
        ? document.createElement('canvas')
        : null;
  const context = canvas?.getContext('2d') as
    | CanvasRenderingContext2D
    | OffscreenCanvasRenderingContext2D
    | null
    | undefined;
  if (!context) return estimateTextWidth;
  return (text, fontSize, bold) => {
    context.font = `${bold ? 'bold ' : ''}${fontSize}px ${FONT_FAMILY}`;
    return context.measureText(text).width * margin;
  };
}

/**
 * The box of a label wrapped at spaces to `maxWidth`, as Cytoscape's `text-wrap: wrap` draws it; the
 * width then `widthMargin` times the widest line's.
 */
export function labelBox(
  text: string,
  options: { fontSize?: number; maxWidth?: number; bold?: boolean; measure?: MeasureText; widthMargin?: number } = {},
) {
  const {
    fontSize = LABEL_FONT_SIZE,
    maxWidth = LABEL_MAX_WIDTH,
    bold = false,
    measure = estimateTextWidth,
    widthMargin = 1,
  } = options;
  const space = measure(' ', fontSize, bold);
  const lines: number[] = [];
  let current = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = measure(word, fontSize, bold);
    if (current > 0 && current + space + width > maxWidth) {
      lines.push(current);
      current = width;
    } else current += (current > 0 ? space : 0) + width;
  }
  lines.push(current);
  return {
    width: Math.max(...lines) * widthMargin + 4,
    height: lines.length * fontSize * LABEL_LINE_HEIGHT + 4,
  };
}
