import type { Core, NodeSingular, Position } from 'cytoscape';
import { graphClass } from '../../graph/graphClasses';
import { KEYBOARD_FOCUS, labelRank } from '../../graph/labelPriority';
import { planExportLabels } from '../../graph/exportLabels';
import type { LabelCandidate, LabelPlan, LabelPlanOptions, PlannedLabel } from '../../graph/labelPlan';
import { labelOffset, labelPlaceClasses, type LabelSide } from '../../graph/labelPlaces';
import {
  canvasTextMeasurer,
  END_USER_SIZE,
  LABEL_FONT_SIZE,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  labelBox,
  NODE_SIZE,
  WIDE_LABEL_MAX_WIDTH,
} from '../../layout/metrics';
import type { ViewClasses } from '../../graph/viewClasses';

/** The smallest on-screen size of a drawn name: 9 px in the explorer, 12 px on a projector. */
export const MIN_LABEL_PX = { explorer: 9, presenting: 12 } as const;

type Box = { width: number; height: number };
/**
 * Label boxes at the base font size by weight and text, kept between plans (measuring text is the slow
 * part): wrapped as usual, and wrapped wide where that takes fewer lines.
 */
export type LabelBoxes = Map<string, Box & { wide?: Box }>;

// Bare canvas widths, so lines break where Cytoscape breaks them; the 10% margin goes on the box.
const measure = canvasTextMeasurer(1);

/**
 * The planner's candidates for the nodes the view shows, in rendered (screen) coordinates: where the
 * canvas looks now, or where it would look from `viewport`. `storyRequired` makes the names that carry
 * the story (end-users, the round being shown) required, as on a projector; `allBold` measures every name
 * bold, as Present draws them (see presentationOverrides).
 */
export function labelCandidates(
  cy: Core,
  classes: ViewClasses,
  { storyRequired, allBold }: { storyRequired: boolean; allBold: boolean },
  boxes: LabelBoxes = new Map(),
  { zoom, pan }: { zoom: number; pan: Position } = { zoom: cy.zoom(), pan: cy.pan() },
): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  cy.nodes().forEach((node: NodeSingular) => {
    const names = classes.get(node.id());
    if (!names || names.includes('hidden')) return;
    const endUser = node.hasClass(graphClass('end-user'));
    const bold = endUser || allBold;
    const label = String(node.data('label') ?? '');
    // By the text, not the node: a cache kept across datasets never measures one name for another.
    const key = `${bold}:${label}`;
    let box = boxes.get(key);
    if (!box) boxes.set(key, (box = measureLabel(label, bold)));
    const { x, y } = node.position();
    candidates.push({
      id: node.id(),
      x: x * zoom + pan.x,
      y: y * zoom + pan.y,
      nodeHeight: (endUser ? END_USER_SIZE : NODE_SIZE) * zoom,
      width: box.width,
      height: box.height,
      ...(box.wide && { wide: box.wide }),
      ...labelRank(
        node.hasClass(KEYBOARD_FOCUS) ? [...names, KEYBOARD_FOCUS] : names,
        endUser,
        node.degree(false),
        storyRequired,
      ),
    });
  });
  return candidates;
}

function measureLabel(text: string, bold: boolean): Box & { wide?: Box } {
  const box = labelBox(text, { bold, measure, widthMargin: 1.1 });
  const wide = labelBox(text, { bold, measure, widthMargin: 1.1, maxWidth: WIDE_LABEL_MAX_WIDTH });
  return wide.height < box.height ? { ...box, wide } : box;
}

/** The planner's options for the canvas at `zoom` (as it stands by default), names at least `minFontPx` on screen. */
export function canvasPlanOptions(cy: Core, minFontPx: number, zoom = cy.zoom()): LabelPlanOptions {
  return {
    minFontPx,
    baseFontSize: LABEL_FONT_SIZE,
    zoom,
    viewport: { width: cy.width(), height: cy.height() },
    margin: LABEL_MARGIN,
    // Canvas text and Cytoscape's own measure differ by a pixel or two, more for bold names.
    padding: 4,
  };
}

const PLACE_CLASSES = graphClass('label-shown', 'label-above', 'label-beside', 'label-left', 'label-right');

/** The data the stylesheet reads to draw a name at the plan's font size and place (see buildStylesheet.ts). */
export function labelData(fontSize: number, { side, wide }: Omit<PlannedLabel, 'id'>, nodeSize: number) {
  const scale = fontSize / LABEL_FONT_SIZE;
  const margin = labelOffset(side, LABEL_MARGIN * scale, nodeSize / 2);
  return {
    labelSize: fontSize,
    labelWidth: (wide ? WIDE_LABEL_MAX_WIDTH : LABEL_MAX_WIDTH) * scale,
    labelMarginX: margin.x,
    labelMarginY: margin.y,
    labelSide: side,
    labelWide: Boolean(wide),
  };
}

/** Draws a node's name at `fontSize` in its planned place. */
export function showLabel(node: NodeSingular, fontSize: number, label: Omit<PlannedLabel, 'id'>): void {
  node.removeClass(PLACE_CLASSES);
  node.data(labelData(fontSize, label, node.hasClass(graphClass('end-user')) ? END_USER_SIZE : NODE_SIZE));
  node.addClass(graphClass('label-shown', ...labelPlaceClasses(label.side)));
}

export function hideLabel(node: NodeSingular): void {
  node.removeClass(PLACE_CLASSES);
}

/**
 * Draws exactly the plan's names, at its size, and returns how to put back what was drawn before: an
 * export draws its own names for the picture, then restores the screen's.
 */
export function drawLabelPlan(cy: Core, plan: Pick<LabelPlan, 'fontSize' | 'labels'>): () => void {
  const before = cy.nodes('.label-shown').map((node) => ({
    node,
    fontSize: Number(node.data('labelSize')),
    side: node.data('labelSide') as LabelSide,
    wide: Boolean(node.data('labelWide')),
  }));
  cy.batch(() => {
    cy.nodes().forEach(hideLabel);
    for (const label of plan.labels) showLabel(cy.getElementById(label.id), plan.fontSize, label);
  });
  // Cytoscape places labels before its next frame; a picture taken now would put names where the old
  // plan had them (a name moved above its node drawn over it). Measuring the nodes places them at once.
  cy.nodes().boundingBox({ includeLabels: true });
  return () =>
    cy.batch(() => {
      cy.nodes().forEach(hideLabel);
      for (const { node, fontSize, side, wide } of before) showLabel(node, fontSize, { side, wide });
    });
}

/**
 * Runs `draw` with the names an exported picture draws instead of the screen's (see planExportLabels),
 * then puts the screen's back; `draw` gets how many times larger than the screen to draw the graph and
 * must take its picture synchronously. The story's names (end-users, the round's) are required, as on a
 * projector: a picture is shown to others.
 */
export function withExportLabels<T>(
  cy: Core,
  classes: ViewClasses | null,
  presenting: boolean,
  draw: (enlarge: number) => T,
): T {
  if (!classes) return draw(1);
  const plan = planExportLabels(
    labelCandidates(cy, classes, { storyRequired: true, allBold: presenting }),
    canvasPlanOptions(cy, presenting ? MIN_LABEL_PX.presenting : MIN_LABEL_PX.explorer),
  );
  const restore = drawLabelPlan(cy, plan);
  try {
    return draw(plan.enlarge);
  } finally {
    restore();
  }
}
