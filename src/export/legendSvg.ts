import { ringCircles, SWATCH_PATHS, type LegendItem, type LegendSwatch } from '../graph/legendItems';
import { escapeXml } from '../formats/shared/xml';

const ROW_HEIGHT = 20;
const FONT = 'font-family="system-ui, \'Segoe UI\', Roboto, \'DejaVu Sans\', sans-serif" font-size="12" fill="#111827"';

/**
 * The legend as SVG markup for exported images: the same entries as the on-screen legend, flowed into
 * rows `width` wide. Returns the markup (to place at 0,0) and its height.
 */
export function legendSvg(width: number, items: readonly LegendItem[]): { markup: string; height: number } {
  let x = 0;
  let y = ROW_HEIGHT / 2;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = 26 + item.label.length * 6.6 + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += ROW_HEIGHT;
    }
    parts.push(
      `<g transform="translate(${Math.round(x)},${y})">${swatchSvg(item.swatch)}<text x="24" y="4" ${FONT}>${escapeXml(item.label)}</text></g>`,
    );
    x += itemWidth;
  }
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: items.length === 0 ? 0 : y + ROW_HEIGHT / 2 };
}

/** A swatch centred on the row's middle line, drawn as the on-screen legend draws it. */
function swatchSvg(swatch: LegendSwatch): string {
  if (swatch.type === 'line') {
    const dash = swatch.dash ? ` stroke-dasharray="${swatch.dash}"` : '';
    const arrow = swatch.arrow === false ? '' : `<path d="M13 -4 L19 0 L13 4 Z" fill="${swatch.colour}"/>`;
    return `<line x1="0" y1="0" x2="14" y2="0" stroke="${swatch.colour}" stroke-width="2.5"${dash}/>${arrow}`;
  }
  const look = `fill="${swatch.fill}" opacity="${swatch.faded ? 0.3 : 1}"`;
  const body =
    swatch.shape === 'ellipse'
      ? `<circle cx="8" cy="8" r="6" ${look}/>`
      : swatch.shape === 'round-rectangle'
        ? `<rect x="2" y="2" width="12" height="12" rx="3" ${look}/>`
        : `<path d="${SWATCH_PATHS[swatch.shape]}" ${look}/>`;
  const ring = swatch.ring
    ? ringCircles(8.5, 2.2, swatch.ringStyle)
        .map(
          (c) =>
            `<circle cx="8" cy="8" r="${c.r}" fill="none" stroke="${swatch.ring}" stroke-width="${c.width}"${c.dash ? ` stroke-dasharray="${c.dash}"` : ''}/>`,
        )
        .join('')
    : '';
  return `<g transform="translate(0,-8)">${ring}${body}</g>`;
}
