import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { planLabels, type PlannedLabel } from '../../graph/labelPlan';
import { graphClass } from '../../graph/graphClasses';
import type { ViewClasses } from '../../graph/viewClasses';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';
import { canvasPlanOptions, labelCandidates, labelSizeData, MIN_LABEL_PX, type LabelBoxes } from './labelDrawing';

/** How long the viewport must rest before names are planned again. */
const SETTLE_MS = 120;

/**
 * Decides which names the canvas draws, and how big (see planLabels), rendering nothing itself: again
 * when the view's classes change, when presentation mode flips and when the viewport comes to rest.
 */
export function LabelController({ cy }: { cy: Core }) {
  const classes = useAppStore(selectViewClasses);
  const presenting = useAppStore((s) => s.presenting);
  const boxes = useRef<LabelBoxes>(new Map());
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

function relabel(
  cy: Core,
  classes: ViewClasses,
  presenting: boolean,
  boxes: LabelBoxes,
  shown: Map<string, PlannedLabel['side']>,
  fontSize: { current: number },
) {
  const plan = planLabels(
    labelCandidates(cy, classes, { storyRequired: presenting, allBold: presenting }, boxes),
    canvasPlanOptions(cy, presenting ? MIN_LABEL_PX.presenting : MIN_LABEL_PX.explorer),
  );
  const resized = plan.fontSize !== fontSize.current;
  fontSize.current = plan.fontSize;
  const size = labelSizeData(plan.fontSize);
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
