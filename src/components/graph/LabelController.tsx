import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { KEYBOARD_FOCUS, labelRank } from '../../graph/labelPriority';
import { planLabels, type LabelCandidate, type PlannedLabel } from '../../graph/labelPlan';
import {
  canvasTextMeasurer,
  END_USER_SIZE,
  LABEL_FONT_SIZE,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  labelBox,
  NODE_SIZE,
} from '../../layout/metrics';
import { graphClass } from '../../graph/graphClasses';
import type { ViewClasses } from '../../graph/viewClasses';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';

/** The smallest on-screen size of a drawn name: 9 px in the explorer, 12 px on a projector. */
export const MIN_LABEL_PX = { explorer: 9, presenting: 12 } as const;
/** How long the viewport must rest before names are planned again. */
const SETTLE_MS = 120;

/**
 * Decides which names the canvas draws, and how big (see planLabels), rendering nothing itself: again
 * when the view's classes change, when presentation mode flips and when the viewport comes to rest.
 */
export function LabelController({ cy }: { cy: Core }) {
  const classes = useAppStore(selectViewClasses);
  const presenting = useAppStore((s) => s.presenting);
  const boxes = useRef(new Map<string, { width: number; height: number }>());
  const shown = useRef(new Map<string, PlannedLabel['side']>());
  const fontSize = useRef(0);

  useEffect(() => {
    if (!classes) return;
    const plan = () => relabel(cy, classes, presenting, boxes.current, shown.current, fontSize);
    plan();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(plan, SETTLE_MS);
    };
    // `keyboardfocus`: the keyboard walk moved its ring, whose entity's name must be drawn.
    cy.on('viewport resize keyboardfocus', onViewport);
    return () => {
      clearTimeout(timer);
      cy.off('viewport resize keyboardfocus', onViewport);
    };
  }, [cy, classes, presenting]);

  // A new dataset: forget the measured boxes and what was shown.
  useEffect(() => {
    const onAdd = () => {
      boxes.current.clear();
      shown.current.clear();
    };
    cy.on('add', onAdd);
    return () => {
      cy.off('add', onAdd);
    };
  }, [cy]);
  return null;
}

// Bare canvas widths, so lines break where Cytoscape breaks them; the 10% margin goes on the box.
const measure = canvasTextMeasurer(1);

function relabel(
  cy: Core,
  classes: ViewClasses,
  presenting: boolean,
  boxes: Map<string, { width: number; height: number }>,
  shown: Map<string, PlannedLabel['side']>,
  fontSize: { current: number },
) {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const candidates: LabelCandidate[] = [];
  cy.nodes().forEach((node: NodeSingular) => {
    const names = classes.get(node.id());
    if (!names || names.includes('hidden')) return;
    const endUser = node.hasClass(graphClass('end-user'));
    const label = String(node.data('label') ?? '');
    // Present draws every name bold (see presentationOverrides), so names are measured bold there.
    const bold = endUser || presenting;
    const key = `${bold}:${node.id()}`;
    let box = boxes.get(key);
    if (!box) boxes.set(key, (box = labelBox(label, { bold, measure, widthMargin: 1.1 })));
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
        presenting,
      ),
    });
  });
  const plan = planLabels(candidates, {
    minFontPx: presenting ? MIN_LABEL_PX.presenting : MIN_LABEL_PX.explorer,
    baseFontSize: LABEL_FONT_SIZE,
    zoom,
    viewport: { width: cy.width(), height: cy.height() },
    margin: LABEL_MARGIN,
    // Canvas text and Cytoscape's own measure differ by a pixel or two, more for bold names.
    padding: 4,
  });
  const resized = plan.fontSize !== fontSize.current;
  fontSize.current = plan.fontSize;
  const scale = plan.fontSize / LABEL_FONT_SIZE;
  const size = {
    labelSize: plan.fontSize,
    labelWidth: LABEL_MAX_WIDTH * scale,
    labelMargin: LABEL_MARGIN * scale,
    labelMarginUp: -LABEL_MARGIN * scale,
  };
  const next = new Map(plan.labels.map((l) => [l.id, l.side]));
  cy.batch(() => {
    for (const id of shown.keys())
      if (!next.has(id)) cy.getElementById(id).removeClass(graphClass('label-shown', 'label-above'));
    for (const [id, side] of next) {
      const before = shown.get(id);
      if (before === side && !resized) continue;
      const node = cy.getElementById(id);
      node.data(size);
      node.addClass(graphClass('label-shown'));
      if (side === 'above') node.addClass(graphClass('label-above'));
      else node.removeClass(graphClass('label-above'));
    }
  });
  shown.clear();
  for (const [id, side] of next) shown.set(id, side);
}
