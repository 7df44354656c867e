import type { EntityKind } from '../model/types';
import type { Theme } from '../theme/theme';
import { LEGEND_STATUSES, type LegendInUse, type LegendStatus } from './legendInUse';
import {
  ADDED_COLOUR,
  CONFIDENCE_LINES,
  DATE_UNKNOWN_RING,
  DELISTED_RING,
  END_USER_SHAPE,
  ENDED_COLOUR,
  EXPOSED_COLOUR,
  HIGHLIGHT_COLOUR,
  KIND_SHAPES,
  LINK_GROUPS,
  linkColour,
  NEWLY_LISTED_COLOUR,
  NOT_YET_RING,
  OPEN_CHANNEL_COLOUR,
  ROLE_GROUPS,
  SANCTIONED_RING,
} from './palette';

export type SwatchShape = typeof END_USER_SHAPE | (typeof KIND_SHAPES)[EntityKind];
export type LegendSwatch =
  | { type: 'shape'; shape: SwatchShape; fill: string; ring?: string; ringStyle?: RingStyle; faded?: boolean }
  | { type: 'line'; colour: string; dash: string; arrow?: false };
export type RingStyle = 'dashed' | 'dotted' | 'double';

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
const STATUS_ITEMS: Record<LegendStatus, { label: string; ring?: string; ringStyle?: RingStyle; faded?: boolean }> = {
  sanctioned: { label: 'Sanctioned as of the date', ring: SANCTIONED_RING },
  'date-unknown': { label: 'Listed, date unknown', ring: DATE_UNKNOWN_RING, ringStyle: 'dotted' },
  delisted: { label: 'Delisted or expired by the date', ring: DELISTED_RING, ringStyle: 'double' },
  'not-yet-listed': { label: 'Listed later (not yet)', ring: NOT_YET_RING, ringStyle: 'dashed' },
  'never-listed': { label: 'Never listed' },
  dimmed: { label: 'Context, or outside a path or exposure', faded: true },
  quiet: { label: "Outside the round's story (Present)", faded: true },
  'on-path': { label: 'On the path found', ring: HIGHLIGHT_COLOUR },
  'open-channel': { label: 'On an open channel to a sanctioned end-user', ring: OPEN_CHANNEL_COLOUR },
  exposed: { label: 'Exposed (not sanctioned, deals with sanctioned)', ring: EXPOSED_COLOUR },
  added: { label: 'Added between the compared dates (listing or link)', ring: ADDED_COLOUR },
  ended: { label: 'Ended between the compared dates (delisting or link)', ring: ENDED_COLOUR },
  'newly-listed': { label: 'Listed on this date (playback)', ring: NEWLY_LISTED_COLOUR },
};
const DASHES = { solid: '', dashed: '6 4', dotted: '2 3' } as const;
const shape = (swatch: Omit<Extract<LegendSwatch, { type: 'shape' }>, 'type'>): LegendSwatch => ({
  type: 'shape',
  ...swatch,
});

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
    ...LEGEND_STATUSES.filter((status) => !inUse || inUse.statuses.has(status)).map((status): LegendItem => {
      const { label, ...rings } = STATUS_ITEMS[status];
      return { group: 'Sanctions status', label, swatch: shape({ shape: 'ellipse', fill: NEUTRAL, ...rings }) };
    }),
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
