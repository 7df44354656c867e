/**
 * Sizes shared by the stylesheet (what Cytoscape draws) and the layout (what space it reserves), so
 * that the layout's promise of no overlapping labels holds for what is actually drawn.
 */
export const NODE_SIZE = 30;
export const END_USER_SIZE = 48;
export const LABEL_FONT_SIZE = 13;
export const LABEL_LINE_HEIGHT = 1.2;
export const LABEL_MAX_WIDTH = 140;
/** A name the label planner may wrap wider, in fewer lines, where a tall one has no room (see labelPlan.ts). */
export const WIDE_LABEL_MAX_WIDTH = 2 * LABEL_MAX_WIDTH;
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
  // Names share words ("LLC", "Technology"), and a name is measured in two wrappings: each word is
  // measured once per font. The font is set only when it changes (setting it parses it).
  const widthsByFont = new Map<string, Map<string, number>>();
  let kept = 0;
  let font = '';
  return (text, fontSize, bold) => {
    const wanted = `${bold ? 'bold ' : ''}${fontSize}px ${FONT_FAMILY}`;
    let widths = widthsByFont.get(wanted);
    if (!widths) widthsByFont.set(wanted, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) {
      if (font !== wanted) context.font = font = wanted;
      width = context.measureText(text).width;
      if (kept >= MEASURED_LIMIT) {
        for (const other of widthsByFont.values()) other.clear();
        kept = 0;
      }
      widths.set(text, width);
      kept++;
    }
    return width * margin;
  };
}

/** Widths a measurer keeps before it starts afresh (a few MB; a 100,000-entity layout measures ~300,000 words). */
const MEASURED_LIMIT = 50_000;

/**
 * The box of a label wrapped at spaces to `maxWidth`, as Cytoscape's `text-wrap: wrap` draws it: a text
 * wider than `maxWidth` is cut into lines word by word, a word going on when the line with it and the
 * space after it still fits, and every line but the last keeps that space. Cytoscape measures at the
 * size it draws and rounds up, which can tip a line within a pixel of `maxWidth` either way: the box is
 * the larger of both ways in each direction, so the name drawn is never bigger. The width comes out
 * `widthMargin` times the widest line's.
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
  const words = text.split(/\s+/).filter(Boolean);
  const space = measure(' ', fontSize, bold);
  const widths = words.map((word) => measure(word, fontSize, bold));
  const ways = [maxWidth - 1, maxWidth + 1].map((limit) => wrapLines(widths, space, limit));
  return {
    width: Math.max(0, ...ways.flat()) * widthMargin + 4,
    height: Math.max(1, ...ways.map((lines) => lines.length)) * fontSize * LABEL_LINE_HEIGHT + 4,
  };
}

/** The widths of the lines Cytoscape makes of words this wide, wrapping at `limit`. */
function wrapLines(widths: readonly number[], space: number, limit: number): number[] {
  const whole = widths.reduce((sum, width) => sum + width, 0) + space * Math.max(0, widths.length - 1);
  if (whole <= limit) return [whole];
  const lines: number[] = [];
  let line: number | null = null;
  widths.forEach((width, i) => {
    const after = i < widths.length - 1 ? space : 0;
    if (line !== null && line + width + after <= limit) line += width + after;
    else {
      if (line !== null) lines.push(line);
      line = width + after;
    }
  });
  if (line !== null) lines.push(line);
  return lines;
}
