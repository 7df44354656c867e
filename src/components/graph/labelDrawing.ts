import type { Core, NodeSingular } from 'cytoscape';
import { graphClass } from '../../graph/graphClasses';
import { KEYBOARD_FOCUS, labelRank } from '../../graph/labelPriority';
import { planExportLabels } from '../../graph/exportLabels';
import type { LabelCandidate, LabelPlan, LabelPlanOptions } from '../../graph/labelPlan';
import {
  canvasTextMeasurer,
  END_USER_SIZE,
  LABEL_FONT_SIZE,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  labelBox,
  NODE_SIZE,
} from '../../layout/metrics';
import type { ViewClasses } from '../../graph/viewClasses';

/** The smallest on-screen size of a drawn name: 9 px in the explorer, 12 px on a projector. */
export const MIN_LABEL_PX = { explorer: 9, presenting: 12 } as const;

/** Label boxes at the base font size by weight and node id, kept between plans (measuring text is the slow part). */
export type LabelBoxes = Map<string, { width: number; height: number }>;

// Bare canvas widths, so lines break where Cytoscape breaks them; the 10% margin goes on the box.
const measure = canvasTextMeasurer(1);

/**
 * The planner's candidates for the nodes the view shows, in rendered (screen) coordinates. `storyRequired`
 * makes the names that carry the story (end-users, the round being shown) required, as on a projector;
 * `allBold` measures every name bold, as Present draws them (see presentationOverrides).
 */
export function labelCandidates(
  cy: Core,
  classes: ViewClasses,
  { storyRequired, allBold }: { storyRequired: boolean; allBold: boolean },
  boxes: LabelBoxes = new Map(),
): LabelCandidate[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const candidates: LabelCandidate[] = [];
  cy.nodes().forEach((node: NodeSingular) => {
    const names = classes.get(node.id());
    if (!names || names.includes('hidden')) return;
    const endUser = node.hasClass(graphClass('end-user'));
    const bold = endUser || allBold;
    const key = `${bold}:${node.id()}`;
    let box = boxes.get(key);
    if (!box) boxes.set(key, (box = labelBox(String(node.data('label') ?? ''), { bold, measure, widthMargin: 1.1 })));
    const { x, y } = node.position();
    candidates.push({
      id: node.id(),
      x: x * zoom + pan.x,
      y: y * zoom + pan.y,
      nodeHeight: (endUser ? END_USER_SIZE : NODE_SIZE) * zoom,
      width: box.width,
      height: box.height,
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

/** The planner's options for the canvas as it stands, names at least `minFontPx` on screen. */
export function canvasPlanOptions(cy: Core, minFontPx: number): LabelPlanOptions {
  return {
    minFontPx,
    baseFontSize: LABEL_FONT_SIZE,
    zoom: cy.zoom(),
    viewport: { width: cy.width(), height: cy.height() },
    margin: LABEL_MARGIN,
    // Canvas text and Cytoscape's own measure differ by a pixel or two, more for bold names.
    padding: 4,
  };
}

/** The data the stylesheet reads to draw a shown name at the plan's font size (see buildStylesheet.ts). */
export function labelSizeData(fontSize: number) {
  const scale = fontSize / LABEL_FONT_SIZE;
  return {
    labelSize: fontSize,
    labelWidth: LABEL_MAX_WIDTH * scale,
    labelMargin: LABEL_MARGIN * scale,
    labelMarginUp: -LABEL_MARGIN * scale,
  };
}

/**
 * Draws exactly the plan's names, at its size, and returns how to put back what was drawn before: an
 * export draws its own names for the picture, then restores the screen's.
 */
export function drawLabelPlan(cy: Core, plan: Pick<LabelPlan, 'fontSize' | 'labels'>): () => void {
  const before = cy.nodes('.label-shown').map((node) => ({
    node,
    above: node.hasClass('label-above'),
    data: labelSizeData(Number(node.data('labelSize'))),
  }));
  const size = labelSizeData(plan.fontSize);
  cy.batch(() => {
    cy.nodes().removeClass('label-shown label-above');
    for (const { id, side } of plan.labels) {
      const node = cy.getElementById(id);
      node.data(size).addClass(side === 'above' ? 'label-shown label-above' : 'label-shown');
    }
  });
  // Cytoscape places labels before its next frame; a picture taken now would put names where the old
  // plan had them (a name moved above its node drawn over it). Measuring the nodes places them at once.
  cy.nodes().boundingBox({ includeLabels: true });
  return () =>
    cy.batch(() => {
      cy.nodes().removeClass('label-shown label-above');
      for (const { node, above, data } of before)
        node.data(data).addClass(above ? 'label-shown label-above' : 'label-shown');
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
