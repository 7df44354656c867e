import type { LegendItem } from '../graph/legendItems';
import { legendSvg } from './legendSvg';
import { escapeXml } from '../formats/shared/xml';

export interface ExportMeta {
  title: string;
  /** e.g. "As of 2023-09-25 · 42 of 61 entities · 55 of 80 links". */
  subtitle: string;
  /** e.g. "Sources: BIS, OFAC, RUSI … Made with Supply Lines." */
  sourceLine: string;
  /** The entries of the legend under the picture: what the view draws. */
  legend: readonly LegendItem[];
}

const MARGIN = 16;
const HEADER = 58;
const FONT_FAMILY = "system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/** Where the graph goes inside the composed picture, and the picture's size. */
export function exportFrame(graphWidth: number, graphHeight: number, meta: Pick<ExportMeta, 'sourceLine' | 'legend'>) {
  const legend = legendSvg(graphWidth, meta.legend);
  const { sourceLine } = meta;
  const sourceLines = wrapText(sourceLine, Math.floor(graphWidth / SOURCE_CHAR_WIDTH));
  return {
    width: graphWidth + 2 * MARGIN,
    height: HEADER + graphHeight + MARGIN + legend.height + 12 + sourceLines.length * SOURCE_LINE_HEIGHT + 8,
    graph: { x: MARGIN, y: HEADER, width: graphWidth, height: graphHeight },
    legend,
    sourceLines,
  };
}

// Every text of a picture is at least 12 px, as its names are (see planExportLabels).
const SOURCE_FONT_SIZE = 12;
/** A generous average character width at that size, so a wrapped line never runs past the picture. */
export const SOURCE_CHAR_WIDTH = 6.8;
const SOURCE_LINE_HEIGHT = 15;

/** Breaks text at spaces into lines of at most `maxChars` characters (a longer word gets its own line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One exported picture as SVG: title and subtitle on top, the graph, then the legend and a source
 * line. `graph` is nested SVG markup (a vector export), an image URL, or null to leave the graph's
 * place empty for a raster drawn over it.
 */
export function composeSvg(
  meta: ExportMeta,
  graphWidth: number,
  graphHeight: number,
  graph: { svg: string; top?: number } | { href: string } | null,
): string {
  const frame = exportFrame(graphWidth, graphHeight, meta);
  const { x, y, width, height } = frame.graph;
  const graphMarkup = !graph
    ? ''
    : 'svg' in graph
      ? `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${graphViewBox(graph, width, height)}">${stripProlog(graph.svg)}</svg>`
      : `<image x="${x}" y="${y}" width="${width}" height="${height}" href="${escapeXml(graph.href)}"/>`;
  const legendY = y + height + MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="28" font-family="${FONT_FAMILY}" font-size="20" font-weight="bold" fill="#111827">${escapeXml(meta.title)}</text>`,
    `<text x="${MARGIN}" y="48" font-family="${FONT_FAMILY}" font-size="14" fill="#b91c1c">${escapeXml(meta.subtitle)}</text>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="none" stroke="#d1d5db"/>`,
    graphMarkup,
    `<g transform="translate(${MARGIN},${legendY})">${frame.legend.markup}</g>`,
    ...frame.sourceLines.map(
      (line, i) =>
        `<text x="${MARGIN}" y="${legendY + frame.legend.height + 12 + (i + 1) * SOURCE_LINE_HEIGHT - 3}" font-family="${FONT_FAMILY}" font-size="${SOURCE_FONT_SIZE}" fill="#4b5563">${escapeXml(line)}</text>`,
    ),
    `</svg>`,
  ].join('\n');
}

/**
 * The part of the graph's picture shown: from `top` down (the strip under the overview's bar on screen
 * is left out), in the picture's own units. cytoscape-svg draws at the screen's pixel ratio (twice
 * the size on a 2x screen, with no viewBox of its own): its width says by how much.
 */
function graphViewBox(graph: { svg: string; top?: number }, width: number, height: number): string {
  const drawnWidth = Number(/<svg\b[^>]*?\swidth="([\d.]+)"/.exec(stripProlog(graph.svg))?.[1]);
  const ratio = drawnWidth > 0 && width > 0 ? drawnWidth / width : 1;
  return [0, (graph.top ?? 0) * ratio, width * ratio, height * ratio].join(' ');
}

function stripProlog(svg: string): string {
  return svg.replace(/<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>]*>/i, '');
}
