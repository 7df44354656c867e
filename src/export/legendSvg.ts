import { CONFIDENCE_LINES, END_USER_SHAPE, LINK_GROUPS, NOT_YET_RING, ROLE_GROUPS, SANCTIONED_RING } from '../graph/palette';
import { escapeXml } from './xml';

const ROW_HEIGHT = 20;
const FONT = 'font-family="system-ui, \'Segoe UI\', Roboto, \'DejaVu Sans\', sans-serif" font-size="12" fill="#111827"';
const DASHES = { solid: '', dashed: '6 4', dotted: '2 3' } as const;

interface Item {
  swatch: string;
  label: string;
}

/**
 * The legend as SVG markup for exported images, from the same palette as the stylesheet, flowed into
 * rows `width` wide. Returns the markup (to place at 0,0) and its height.
 */
export function legendSvg(width: number): { markup: string; height: number } {
  const items: Item[] = [
    ...ROLE_GROUPS.map((g) => ({ swatch: `<circle cx="8" cy="0" r="6" fill="${g.colour}"/>`, label: g.name })),
    { swatch: `<path d="M5 -7 H11 L15 -3 V3 L11 7 H5 L1 3 V-3 Z" fill="#9ca3af"/>`, label: `End-user (${END_USER_SHAPE})` },
    { swatch: `<circle cx="8" cy="0" r="5" fill="#9ca3af"/><circle cx="8" cy="0" r="8" fill="none" stroke="${SANCTIONED_RING}" stroke-width="2.5"/>`, label: 'Sanctioned as of the date' },
    { swatch: `<circle cx="8" cy="0" r="5" fill="#9ca3af"/><circle cx="8" cy="0" r="8" fill="none" stroke="${NOT_YET_RING}" stroke-width="2" stroke-dasharray="3 2"/>`, label: 'Listed later' },
    ...LINK_GROUPS.map((g) => ({ swatch: lineSwatch(g.colour, ''), label: g.name })),
    ...Object.values(CONFIDENCE_LINES).map((line) => ({ swatch: lineSwatch('#334155', DASHES[line.style]), label: line.label })),
  ];
  let x = 0;
  let y = ROW_HEIGHT / 2;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = 26 + item.label.length * 6.6 + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += ROW_HEIGHT;
    }
    parts.push(`<g transform="translate(${Math.round(x)},${y})">${item.swatch}<text x="24" y="4" ${FONT}>${escapeXml(item.label)}</text></g>`);
    x += itemWidth;
  }
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: y + ROW_HEIGHT / 2 };
}

function lineSwatch(colour: string, dash: string): string {
  return `<line x1="0" y1="0" x2="14" y2="0" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/><path d="M13 -4 L19 0 L13 4 Z" fill="${colour}"/>`;
}
