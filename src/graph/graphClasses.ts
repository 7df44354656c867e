import { CONFIDENCES, ENTITY_KINDS, LINK_KINDS, ROLES } from '../model/vocabulary';
import type { Confidence, EntityKind, LinkKind, Role } from '../model/types';
import {
  ADDED_COLOUR,
  DATE_UNKNOWN_RING,
  DELISTED_RING,
  ENDED_COLOUR,
  EXPOSED_COLOUR,
  HIGHLIGHT_COLOUR,
  NEWLY_LISTED_COLOUR,
  NOT_YET_RING,
  OPEN_CHANNEL_COLOUR,
  SANCTIONED_RING,
} from './palette';

export type RingStyle = 'dashed' | 'dotted' | 'double';

export interface GraphClassInfo {
  /**
   * Who puts it on an element: the element builder (fixed for a dataset), the view (filters,
   * selection, tools; cleared and set again on every change) or the label planner.
   */
  setBy: 'elements' | 'view' | 'labels' | 'keyboard' | 'overview';
  meaning: string;
  /** The colour it draws in (a ring or a glow), for the stylesheet and the legend alike. */
  colour?: string;
  /** Drawn as a ring round the node: its line and width (a glow otherwise). */
  ring?: { style: RingStyle | 'solid'; width: number };
  /** Its entry in the legend's "Sanctions status" group; the table's order is the legend's. */
  legend?: { label: string; faded?: true };
  /** Why no style rule draws it: a class that is read (by the legend, tests, `window.cy`) rather than drawn. */
  unstyled?: string;
}

/** Every class name put on graph elements, other than the families below. */
export const GRAPH_CLASSES = {
  sanctioned: {
    setBy: 'view',
    meaning: 'Listed, and the listing is in force on the As of date',
    colour: SANCTIONED_RING,
    ring: { style: 'solid', width: 4 },
    legend: { label: 'Sanctioned as of the date' },
  },
  'date-unknown': {
    setBy: 'view',
    meaning: 'Listed on a date no source gives; never read as "not listed"',
    colour: DATE_UNKNOWN_RING,
    ring: { style: 'dotted', width: 4 },
    legend: { label: 'Listed, date unknown' },
  },
  delisted: {
    setBy: 'view',
    meaning: 'Every listing it had has ended (delisted or expired) by the date',
    colour: DELISTED_RING,
    ring: { style: 'double', width: 5 },
    legend: { label: 'Delisted or expired by the date' },
  },
  'not-yet-listed': {
    setBy: 'view',
    meaning: 'Listed, but only after the date',
    colour: NOT_YET_RING,
    ring: { style: 'dashed', width: 3 },
    legend: { label: 'Listed later (not yet)' },
  },
  'never-listed': {
    setBy: 'view',
    meaning: 'No listing at all',
    legend: { label: 'Never listed' },
    unstyled: 'no ring is the plain look; the class is there so the legend can name it',
  },
  dimmed: {
    setBy: 'view',
    meaning: 'Context: a partner of what the filters picked, or outside a highlight',
    legend: { label: 'Context, or outside a path or exposure', faded: true },
  },
  quiet: {
    setBy: 'view',
    meaning: "In Present, outside the round's story (its entities and their partners)",
    legend: { label: "Outside the round's story (Present)", faded: true },
  },
  'on-path': {
    setBy: 'view',
    meaning: 'On a found path (and, with Exposure, a link to a sanctioned partner)',
    colour: HIGHLIGHT_COLOUR,
    legend: { label: 'On the path found' },
  },
  'open-channel': {
    setBy: 'view',
    meaning: 'On an open channel to a sanctioned end-user',
    colour: OPEN_CHANNEL_COLOUR,
    legend: { label: 'On an open channel to a sanctioned end-user' },
  },
  exposed: {
    setBy: 'view',
    meaning: 'Not listed, and deals directly with a sanctioned entity',
    colour: EXPOSED_COLOUR,
    legend: { label: 'Exposed (not sanctioned, deals with sanctioned)' },
  },
  added: {
    setBy: 'view',
    meaning: 'A listing or link that began between the compared dates',
    colour: ADDED_COLOUR,
    legend: { label: 'Added between the compared dates (listing or link)' },
  },
  ended: {
    setBy: 'view',
    meaning: 'A listing or link that ended between the compared dates',
    colour: ENDED_COLOUR,
    legend: { label: 'Ended between the compared dates (delisting or link)' },
  },
  'newly-listed': {
    setBy: 'view',
    meaning: 'Listed on the date playback or Present is showing',
    colour: NEWLY_LISTED_COLOUR,
    legend: { label: 'Listed on this date (playback)' },
  },
  hidden: { setBy: 'view', meaning: 'Left out by the filters' },
  selected: { setBy: 'view', meaning: 'The entity or link whose details are open' },
  labelled: { setBy: 'view', meaning: "A link whose label is drawn: the selection's own links" },
  'exposure-partner': {
    setBy: 'view',
    meaning: 'A sanctioned partner of an exposed entity',
    unstyled: 'it only keeps the partner out of the dimmed rest; its own sanctions ring says why it matters',
  },
  'keyboard-focus': {
    setBy: 'keyboard',
    meaning: 'The entity or link the keyboard walk has reached (a halo, only while the graph has focus)',
  },
  cluster: { setBy: 'overview', meaning: 'An overview cluster standing for its members: a disc sized by their count' },
  'cluster-sanctioned': { setBy: 'overview', meaning: 'A cluster holding at least one sanctioned member: a red ring' },
  aggregate: {
    setBy: 'overview',
    meaning: 'The links between two clusters, drawn as one line as thick as they are many',
  },
  'label-shown': { setBy: 'labels', meaning: 'A node whose name the label planner draws' },
  'label-above': { setBy: 'labels', meaning: 'A drawn name placed above its node (or at a corner above it)' },
  'label-beside': { setBy: 'labels', meaning: "A drawn name level with its node's centre, left or right of it" },
  'label-left': {
    setBy: 'labels',
    meaning: 'A drawn name that ends at its node (left of it, or at a corner on the left)',
  },
  'label-right': {
    setBy: 'labels',
    meaning: 'A drawn name that starts at its node (right of it, or at a corner on the right)',
  },
  'end-user': { setBy: 'elements', meaning: 'An entity with the end-user role: large, bold name' },
  undirected: { setBy: 'elements', meaning: 'A link without direction (family, associate): no arrowhead' },
  uncertain: {
    setBy: 'elements',
    meaning: 'A link the data marks uncertain',
    unstyled: 'the details and hover card say so in words; the class lets `window.cy` users select them',
  },
} as const satisfies Record<string, GraphClassInfo>;

export type GraphClass = keyof typeof GRAPH_CLASSES;
type ClassesWhere<Condition> = {
  [K in GraphClass]: (typeof GRAPH_CLASSES)[K] extends Condition ? K : never;
}[GraphClass];
/** The classes the view sets; the canvas clears them all before applying a change. */
export type ViewClass = ClassesWhere<{ setBy: 'view' }>;
/** The classes the legend explains. */
export type LegendClass = ClassesWhere<{ legend: object }>;

const classNames = Object.keys(GRAPH_CLASSES) as GraphClass[];
export const VIEW_CLASS_NAMES = classNames.filter((name): name is ViewClass => GRAPH_CLASSES[name].setBy === 'view');
/** The classes the legend explains, in the legend's order. */
export const LEGEND_CLASSES = classNames.filter((name): name is LegendClass => 'legend' in GRAPH_CLASSES[name]);

/** Classes the element builder makes from a value of the data: `kind-vessel`, `link-supplies`... */
export type FamilyClass = `kind-${EntityKind}` | `role-${Role}` | `link-${LinkKind}` | `confidence-${Confidence}`;

/** The families of classes, each with what it draws and every value it can take. */
export const GRAPH_CLASS_FAMILIES = {
  kind: { meaning: "The entity's kind: its shape", values: ENTITY_KINDS },
  role: { meaning: "The entity's role in the supply chain: its colour", values: ROLES },
  link: { meaning: "The link's kind: its colour", values: LINK_KINDS },
  confidence: { meaning: 'How the link is known (official, reported, inferred): its line style', values: CONFIDENCES },
} as const;

/** Every class a graph element can carry, family members spelled out. */
export function allGraphClassNames(): string[] {
  return [
    ...classNames,
    ...Object.entries(GRAPH_CLASS_FAMILIES).flatMap(([family, { values }]) =>
      values.map((value) => `${family}-${value}`),
    ),
  ];
}

/** Class names for Cytoscape's `addClass`, `removeClass` and `hasClass`, checked against the table. */
export const graphClass = (...names: GraphClass[]): string => names.join(' ');
