import { linkKindsOf } from '../model/linkKinds';
import type { Confidence, EntityKind, Role } from '../model/types';

/**
 * The visual vocabulary: one table per channel, read by both the stylesheet and the legend, so the
 * legend cannot drift from what is drawn. Colours keep at least 4.5:1 contrast with white text and
 * read on a projector.
 */
export const ROLE_GROUPS = [
  { name: 'End-user (military, drone maker)', roles: ['end-user'], colour: '#b91c1c' },
  { name: 'Supplier or distributor', roles: ['supplier', 'manufacturer', 'distributor'], colour: '#1d4ed8' },
  { name: 'Logistics', roles: ['logistics'], colour: '#0f766e' },
  { name: 'Payments', roles: ['finance'], colour: '#a16207' },
  { name: 'Research', roles: ['research'], colour: '#7c3aed' },
  { name: 'Owner, executive or employee', roles: ['owner', 'executive', 'employee'], colour: '#475569' },
  { name: 'Other', roles: ['other'], colour: '#6b7280' },
] as const satisfies ReadonlyArray<{ name: string; roles: readonly Role[]; colour: string }>;

export const KIND_SHAPES = {
  company: 'round-rectangle',
  person: 'ellipse',
  agency: 'hexagon',
  organisation: 'barrel',
  programme: 'diamond',
  vessel: 'rhomboid',
  aircraft: 'triangle',
} as const satisfies Record<EntityKind, string>;
export const END_USER_SHAPE = 'octagon';

export const LINK_GROUPS = [
  {
    name: 'Goods: supplies, ships, procures or produces for',
    kinds: linkKindsOf('goods'),
    colour: '#334155',
    darkColour: '#cbd5e1',
  },
  { name: 'Money: pays', kinds: linkKindsOf('money'), colour: '#a16207', darkColour: '#fbbf24' },
  {
    name: 'Control: owns, controls, part of, directs',
    kinds: linkKindsOf('control'),
    colour: '#7c3aed',
    darkColour: '#c4b5fd',
  },
  {
    name: 'People: employs, member, represents, family, associate',
    kinds: linkKindsOf('relation'),
    colour: '#64748b',
    darkColour: '#94a3b8',
  },
] as const;

/** A link group's colour on the theme's background. */
export function linkColour(group: (typeof LINK_GROUPS)[number], theme: 'light' | 'dark'): string {
  return theme === 'dark' ? group.darkColour : group.colour;
}

export const CONFIDENCE_LINES = {
  official: { style: 'solid', label: 'Official finding' },
  reported: { style: 'dashed', label: 'Reported' },
  inferred: { style: 'dotted', label: 'Inferred' },
} as const satisfies Record<Confidence, { style: string; label: string }>;

export const SANCTIONED_RING = '#dc2626';
export const NOT_YET_RING = '#6b7280';
/** Listed, but no source dates it: the sanctioned colour, dotted. */
export const DATE_UNKNOWN_RING = SANCTIONED_RING;
/** Every listing has ended (delisted, expired): a double grey ring. */
export const DELISTED_RING = '#475569';
export const SELECTED_COLOUR = '#f59e0b';
/** A found path, and the links of exposed entities. */
export const HIGHLIGHT_COLOUR = '#0284c7';
/** Entities listed by the round on screen, while presenting or playing. */
export const NEWLY_LISTED_COLOUR = '#facc15';
/** Entities the Exposure tool picks out. */
export const EXPOSED_COLOUR = '#f97316';
/** Routes the Open channels tool finds still open. */
export const OPEN_CHANNEL_COLOUR = '#c026d3';
/** What Compare finds added between its two dates (listings, links). */
export const ADDED_COLOUR = '#16a34a';
/** What Compare finds ended between its two dates (delistings, links that stopped). */
export const ENDED_COLOUR = '#64748b';
