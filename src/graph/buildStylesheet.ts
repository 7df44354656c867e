import { overviewStyle } from './overviewStyle';
import type { StylesheetJson } from 'cytoscape';
import {
  CONFIDENCE_LINES,
  END_USER_SHAPE,
  linkColour,
  KIND_SHAPES,
  LINK_GROUPS,
  ROLE_GROUPS,
  SELECTED_COLOUR,
} from './palette';
import { GRAPH_CLASSES } from './graphClasses';
import {
  EDGE_FONT_SIZE,
  EDGE_LABEL_MAX_WIDTH,
  END_USER_SIZE,
  FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  NODE_SIZE,
} from '../layout/metrics';
import { keyboardFocusStyle } from './keyboardFocusStyle';

// Status rings in the order the sheet always had them; an entity carries one status at a time.
const RING_CLASSES = ['sanctioned', 'not-yet-listed', 'date-unknown', 'delisted'] as const;

export interface StylesheetOptions {
  presentation?: boolean;
  theme?: 'light' | 'dark';
  /** A large network: straight edges without arrows or dashes, which cost a fraction to draw. */
  large?: boolean;
}

/**
 * The one stylesheet: static classes from the element builder, dynamic ones from the view. The
 * presentation variant is for projectors: black bold labels on solid white, thicker lines. Names are
 * drawn only on the nodes the label planner picks (`label-shown`), at the size it sets in their data,
 * so every drawn name is readable and none overlap (see labelPlan.ts).
 */
export function buildStylesheet({
  presentation = false,
  theme = 'light',
  large = false,
}: StylesheetOptions = {}): StylesheetJson {
  const dark = theme === 'dark';
  return [
    {
      selector: 'node',
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        'font-family': FONT_FAMILY,
        'font-size': LABEL_FONT_SIZE,
        'line-height': LABEL_LINE_HEIGHT,
        color: dark ? '#f3f4f6' : '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-background-color': dark ? '#0f172a' : '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'border-width': 2,
        'border-color': dark ? '#0f172a' : '#ffffff',
      },
    },
    {
      selector: 'node.label-shown',
      style: {
        label: 'data(label)',
        'font-size': 'data(labelSize)',
        'text-max-width': 'data(labelWidth)',
        'text-margin-x': 'data(labelMarginX)',
        'text-margin-y': 'data(labelMarginY)',
      },
    },
    // Where the planner put the name (see labelPlaces.ts): below and centred unless a class says otherwise.
    { selector: 'node.label-shown.label-above', style: { 'text-valign': 'top' } },
    { selector: 'node.label-shown.label-beside', style: { 'text-valign': 'center' } },
    { selector: 'node.label-shown.label-left', style: { 'text-halign': 'left' } },
    { selector: 'node.label-shown.label-right', style: { 'text-halign': 'right' } },
    ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ selector: `node.kind-${kind}`, style: { shape } })),
    ...ROLE_GROUPS.flatMap((group) =>
      group.roles.map((role) => ({ selector: `node.role-${role}`, style: { 'background-color': group.colour } })),
    ),
    {
      selector: 'node.end-user',
      style: { shape: END_USER_SHAPE, width: END_USER_SIZE, height: END_USER_SIZE, 'font-weight': 'bold' },
    },
    // A programme keeps its own shape even as an end-user, so it never passes for an organisation.
    { selector: 'node.end-user.kind-programme', style: { shape: KIND_SHAPES.programme } },
    // The sanctions rings, as the graph class table draws them (the legend reads the same entries).
    ...RING_CLASSES.map((name) => {
      const { colour, ring } = GRAPH_CLASSES[name];
      return {
        selector: `node.${name}`,
        style: {
          'outline-width': ring.width,
          'outline-color': colour,
          'outline-offset': 2,
          'outline-style': ring.style,
        },
      };
    }),
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'font-size': EDGE_FONT_SIZE,
        'font-family': FONT_FAMILY,
        'text-wrap': 'wrap',
        'text-max-width': `${EDGE_LABEL_MAX_WIDTH}px`,
        color: dark ? '#e5e7eb' : '#1f2937',
        'text-rotation': 'autorotate',
        'text-background-color': dark ? '#0f172a' : '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    ...LINK_GROUPS.flatMap((group) =>
      group.kinds.map((kind) => ({
        selector: `edge.link-${kind}`,
        style: { 'line-color': linkColour(group, theme), 'target-arrow-color': linkColour(group, theme) },
      })),
    ),
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
    ...Object.entries(CONFIDENCE_LINES).map(([confidence, line]) => ({
      selector: `edge.confidence-${confidence}`,
      style: { 'line-style': line.style },
    })),
    ...(large ? largeNetworkEdges() : []),
    ...overviewStyle(dark),
    { selector: 'edge.labelled', style: { label: 'data(label)', 'z-index': 5 } },
    { selector: '.dimmed', style: { opacity: 0.28 } },
    // Present: outside the round's story, visible but receding.
    { selector: '.quiet', style: { opacity: 0.45 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'edge.on-path',
      style: {
        width: 5,
        'line-color': GRAPH_CLASSES['on-path'].colour,
        'target-arrow-color': GRAPH_CLASSES['on-path'].colour,
        label: 'data(label)',
        'z-index': 8,
      },
    },
    {
      selector: 'node.on-path',
      style: {
        'underlay-color': GRAPH_CLASSES['on-path'].colour,
        'underlay-opacity': 0.45,
        'underlay-padding': 9,
        'z-index': 8,
      },
    },
    {
      selector: 'node.exposed',
      style: {
        'underlay-color': GRAPH_CLASSES.exposed.colour,
        'underlay-opacity': 0.5,
        'underlay-padding': 10,
        'z-index': 8,
      },
    },
    {
      selector: 'node.newly-listed',
      style: {
        'underlay-color': GRAPH_CLASSES['newly-listed'].colour,
        'underlay-opacity': 0.55,
        'underlay-padding': 12,
        'z-index': 9,
      },
    },
    // Open channels and Compare: a route or a change stands out in its colour, as a found path does.
    ...(['open-channel', 'added', 'ended'] as const).flatMap((name) => [
      {
        selector: `edge.${name}`,
        style: {
          width: 5,
          'line-color': GRAPH_CLASSES[name].colour,
          'target-arrow-color': GRAPH_CLASSES[name].colour,
          'z-index': 8,
        },
      },
      {
        selector: `node.${name}`,
        style: {
          'underlay-color': GRAPH_CLASSES[name].colour,
          'underlay-opacity': 0.5,
          'underlay-padding': 10,
          'z-index': 8,
        },
      },
    ]),
    ...(presentation ? presentationOverrides(dark) : []),
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': SELECTED_COLOUR, 'z-index': 10 } },
    {
      selector: 'edge.selected',
      style: { width: 5, 'line-color': SELECTED_COLOUR, 'target-arrow-color': SELECTED_COLOUR, 'z-index': 10 },
    },
    ...keyboardFocusStyle(dark),
  ] as StylesheetJson;
}

/**
 * Straight edges without arrowheads or dashes, drawn as one stroke each ('haystack'): on thousands of
 * links they cost a fraction of curved, arrowed ones. The selection's links keep their arrows.
 */
function largeNetworkEdges() {
  return [
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        'line-style': 'solid',
        width: 1.5,
      },
    },
    {
      selector: 'edge.labelled, edge.selected, edge.on-path, edge.open-channel',
      style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' },
    },
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
  ];
}

function presentationOverrides(dark: boolean) {
  return [
    {
      selector: 'node',
      style: { color: dark ? '#ffffff' : '#000000', 'font-weight': 'bold', 'text-background-opacity': 1 },
    },
    { selector: 'edge', style: { width: 3.5, 'arrow-scale': 1.3 } },
    { selector: '.dimmed', style: { opacity: 0.2 } },
  ];
}
