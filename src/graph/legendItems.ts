import type { EntityKind } from '../model/types';
import type { Theme } from '../theme/theme';
import { GRAPH_CLASSES, LEGEND_CLASSES, type GraphClassInfo, type LegendClass, type RingStyle } from './graphClasses';
import type { LegendInUse } from './legendInUse';
import { CONFIDENCE_LINES, END_USER_SHAPE, KIND_SHAPES, LINK_GROUPS, linkColour, ROLE_GROUPS } from './palette';

export type SwatchShape = typeof END_USER_SHAPE | (typeof KIND_SHAPES)[EntityKind];
export type LegendSwatch =
  | { type: 'shape'; shape: SwatchShape; fill: string; ring?: string; ringStyle?: RingStyle; faded?: boolean }
  | { type: 'line'; colour: string; dash: string; arrow?: false };
export type { RingStyle };

const round = (n: number) => Number(n.toFixed(1));

/** A ring of radius `r` and stroke `width` as circles to draw: one, dashed or dotted, or two thin ones for `double`. */
export function ringCircles(
  r: number,
  width: number,
  style?: RingStyle,
): Array<{ r: number; width: number; dash?: string }> {
  if (style === 'double')
    return [
      { r: round(r - width / 2), width: round(width / 2.5) },
      { r: round(r + width / 2), width: round(width / 2.5) },
    ];
  const dash =
    style === 'dashed'
      ? `${round(width * 1.4)} ${round(width)}`
      : style === 'dotted'
        ? `${round(width * 0.6)} ${round(width)}`
        : undefined;
  return [{ r, width, ...(dash ? { dash } : {}) }];
}
export const LEGEND_GROUPS = ['Node colours', 'Node shapes', 'Sanctions status', 'Links'] as const;
export interface LegendItem {
  group: (typeof LEGEND_GROUPS)[number];
  label: string;
  swatch: LegendSwatch;
}

/** Outlines of the swatch shapes in a 16-pixel box, for the on-screen legend and the exported one. */
export const SWATCH_PATHS: Record<Exclude<SwatchShape, 'ellipse' | 'round-rectangle'>, string> = {
  octagon: 'M5.5 1 H10.5 L15 5.5 V10.5 L10.5 15 H5.5 L1 10.5 V5.5 Z',
  hexagon: 'M4.5 1.5 H11.5 L15 8 L11.5 14.5 H4.5 L1 8 Z',
  barrel: 'M3 1.5 H13 Q15.5 8 13 14.5 H3 Q0.5 8 3 1.5 Z',
  diamond: 'M8 1 L15 8 L8 15 L1 8 Z',
  rhomboid: 'M4.5 2.5 H15 L11.5 13.5 H1 Z',
  triangle: 'M8 1.5 L15 14.5 H1 Z',
};

const NEUTRAL = '#9ca3af';
const KIND_LABELS: Record<EntityKind, string> = {
  company: 'Company',
  person: 'Person',
  agency: 'Government agency',
  organisation: 'Organisation',
  programme: 'Programme (e.g. a state UAV programme)',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
};
const DASHES = { solid: '', dashed: '6 4', dotted: '2 3' } as const;
const shape = (swatch: Omit<Extract<LegendSwatch, { type: 'shape' }>, 'type'>): LegendSwatch => ({
  type: 'shape',
  ...swatch,
});

/** A sanctions-status entry, drawn as the graph class table says: its ring, glow colour or fading. */
function statusItem(name: LegendClass): LegendItem {
  const info: GraphClassInfo = GRAPH_CLASSES[name];
  const ringStyle = info.ring && info.ring.style !== 'solid' ? info.ring.style : undefined;
  return {
    group: 'Sanctions status',
    label: info.legend!.label,
    swatch: shape({
      shape: 'ellipse',
      fill: NEUTRAL,
      ...(info.colour ? { ring: info.colour } : {}),
      ...(ringStyle ? { ringStyle } : {}),
      ...(info.legend?.faded ? { faded: true } : {}),
    }),
  };
}

/**
 * The legend's entries in order, from the same tables as the stylesheet: those `inUse` names, or every
 * entry without it. The on-screen legend and the exported images both draw this list.
 */
export function legendItems(inUse: LegendInUse | null, theme: Theme): LegendItem[] {
  const plainLine = linkColour(LINK_GROUPS[0], theme);
  return [
    ...ROLE_GROUPS.filter((group) => !inUse || inUse.roleGroups.has(group.name)).map((group): LegendItem => ({
      group: 'Node colours',
      label: group.name,
      swatch: shape({ shape: 'ellipse', fill: group.colour }),
    })),
    ...(!inUse || inUse.endUsers
      ? [
          {
            group: 'Node shapes',
            label: 'End-user (large, bold name; the ring says if sanctioned)',
            swatch: shape({ shape: END_USER_SHAPE, fill: NEUTRAL }),
          } as const,
        ]
      : []),
    ...(Object.keys(KIND_SHAPES) as EntityKind[])
      .filter((kind) => !inUse || inUse.kinds.has(kind))
      .map((kind): LegendItem => ({
        group: 'Node shapes',
        label: KIND_LABELS[kind],
        swatch: shape({ shape: KIND_SHAPES[kind], fill: NEUTRAL }),
      })),
    ...LEGEND_CLASSES.filter((status) => !inUse || inUse.statuses.has(status)).map(statusItem),
    ...LINK_GROUPS.filter((group) => !inUse || inUse.linkGroups.has(group.name)).map((group): LegendItem => ({
      group: 'Links',
      label: group.name,
      swatch: { type: 'line', colour: linkColour(group, theme), dash: '' },
    })),
    ...(!inUse || inUse.undirectedLinks
      ? [
          {
            group: 'Links',
            label: 'No arrowhead: a tie without direction (family, associate)',
            swatch: { type: 'line', colour: plainLine, dash: '', arrow: false },
          } as const,
        ]
      : []),
    ...(Object.keys(CONFIDENCE_LINES) as Array<keyof typeof CONFIDENCE_LINES>)
      .filter((confidence) => !inUse || inUse.confidences.has(confidence))
      .map((confidence): LegendItem => ({
        group: 'Links',
        label: CONFIDENCE_LINES[confidence].label,
        swatch: { type: 'line', colour: plainLine, dash: DASHES[CONFIDENCE_LINES[confidence].style] },
      })),
  ];
}
