import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { planLabels } from '../../graph/labelPlan';
import { fitViewport, type Viewport } from '../../graph/fitViewport';
import { boxAround, framesBetween, pickFrame } from '../../graph/presentFrame';
import type { RoundStory } from '../../graph/roundStory';
import { END_USER_SIZE, NODE_SIZE } from '../../layout/metrics';
import { selectRoundStory } from '../../store/presentationSelectors';
import { selectPositions } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { canvasPlanOptions, labelCandidates, MIN_LABEL_PX, type LabelBoxes } from './labelDrawing';
import { fitArea, moveTo } from './viewport';

/**
 * In Present, each round step frames its story: the camera moves (animated, a quarter of a second) to
 * the round's entities and their direct partners, closer in where their names would not all have room
 * at 12 px (see storyViewport); a step with nothing on screen frames the whole network. It renders
 * nothing.
 */
export function PresentFramer({ cy }: { cy: Core }) {
  const presenting = useAppStore((s) => s.presenting);
  const story = useAppStore(selectRoundStory);
  // The story can only be framed once it is drawn: a layout that lands after Present began (a
  // briefing's, a worker's) frames it then, rather than leaving the first draw's whole-network fit.
  const positions = useAppStore(selectPositions);
  // Names measured for planning, kept between steps; a new dataset's names are measured afresh.
  const boxes = useRef<LabelBoxes>(new Map());
  useEffect(() => {
    const forget = () => boxes.current.clear();
    cy.on('add', forget);
    return () => {
      cy.off('add', forget);
    };
  }, [cy]);
  useEffect(() => {
    if (!presenting || !positions) return;
    // Entering Present resizes the canvas on the next frame (see ViewController): frame after that.
    const frame = requestAnimationFrame(() => {
      if (cy.destroyed()) return;
      const viewport = story && storyViewport(cy, story, boxes.current);
      if (viewport) moveTo(cy, viewport);
      else useAppStore.getState().fitView();
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, presenting, story, positions]);
  return null;
}

/**
 * Room kept at the canvas's edges around the story, in pixels: a 12 px name centred under a node at
 * the edge is up to about 130 px wide, two lines about 35 px high.
 */
const STORY_PADDING = { x: 70, y: 45 };

/**
 * The viewport for a round step: the story fitted to the canvas if the names that must be drawn (the
 * round's, the end-users') each have a clear place there, else the first frame closer in towards the
 * round's own entities where they do, else the one where the fewest lack one. Null when none of the
 * story is drawn.
 */
function storyViewport(cy: Core, story: RoundStory, boxes: LabelBoxes): Viewport | null {
  const classes = selectViewClasses(useAppStore.getState());
  const bodies = (ids: Iterable<string>) =>
    [...ids].flatMap((id) => {
      const node = cy.getElementById(id);
      if (node.empty() || !node.visible()) return [];
      const half = (node.hasClass('end-user') ? END_USER_SIZE : NODE_SIZE) / 2;
      return [{ ...node.position(), half }];
    });
  const outer = boxAround(bodies(story.entities));
  const inner = boxAround(bodies(story.listed));
  if (!classes || !outer || !inner) return null;
  const area = fitArea(cy, STORY_PADDING);
  const frames = framesBetween(outer, inner).map((box) => fitViewport(box, area));
  return pickFrame(frames, (viewport) => {
    const plan = planLabels(
      labelCandidates(cy, classes, { storyRequired: true, allBold: true }, boxes, viewport),
      canvasPlanOptions(cy, MIN_LABEL_PX.presenting, viewport.zoom),
    );
    const drawn = new Set(plan.labels.map((label) => label.id));
    // A name left out weighs more than one over a node or cut by the screen's edge.
    return plan.crowded.reduce((score, id) => score + (drawn.has(id) ? 1 : 10), 0);
  });
}
