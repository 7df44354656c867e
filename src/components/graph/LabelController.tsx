import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { planLabels, type PlannedLabel } from '../../graph/labelPlan';
import type { ViewClasses } from '../../graph/viewClasses';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';
import {
  canvasPlanOptions,
  hideLabel,
  labelCandidates,
  MIN_LABEL_PX,
  showLabel,
  type LabelBoxes,
} from './labelDrawing';

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
  const shown = useRef(new Map<string, string>());
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

const placeOf = (label: PlannedLabel) => `${label.side}${label.wide ? ' wide' : ''}`;

function relabel(
  cy: Core,
  classes: ViewClasses,
  presenting: boolean,
  boxes: LabelBoxes,
  shown: Map<string, string>,
  fontSize: { current: number },
) {
  const plan = planLabels(
    labelCandidates(cy, classes, { storyRequired: presenting, allBold: presenting }, boxes),
    canvasPlanOptions(cy, presenting ? MIN_LABEL_PX.presenting : MIN_LABEL_PX.explorer),
  );
  const resized = plan.fontSize !== fontSize.current;
  fontSize.current = plan.fontSize;
  // A name is redrawn only where its place or size changed: restyling every node costs a frame.
  const next = new Map(plan.labels.map((label) => [label.id, label]));
  cy.batch(() => {
    for (const id of shown.keys()) if (!next.has(id)) hideLabel(cy.getElementById(id));
    for (const [id, label] of next)
      if (resized || shown.get(id) !== placeOf(label)) showLabel(cy.getElementById(id), plan.fontSize, label);
  });
  shown.clear();
  for (const [id, label] of next) shown.set(id, placeOf(label));
}
