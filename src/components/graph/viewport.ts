import type { CollectionArgument, Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { entitiesBox } from '../../graph/entitiesBox';
import { fitViewport, type FitArea } from '../../graph/fitViewport';
import { graphClass } from '../../graph/graphClasses';
import { OVERVIEW_BAR_CLASS } from './OverviewBar';

/**
 * Above this many elements, viewport moves jump instead of animating: without a GPU every animation
 * frame redraws the whole network, so a 250 ms animation of 2,000 nodes costs over a second.
 */
const ANIMATION_LIMIT = 600;
const DURATION = 250;

const animates = (cy: Core) => cy.elements().length <= ANIMATION_LIMIT;

/**
 * A new move replaces the one under way: Cytoscape queues animations, so keys pressed quickly (round
 * steps in Present, the keyboard walk) would otherwise leave the camera seconds behind.
 */
const stopMoving = (cy: Core) => cy.stop(true, false);

/** Room around what a fit frames, in pixels, on every side (the overview bar's strip comes on top). */
const FIT_PADDING = 40;

/** Frames `eles`, animated on a small graph; the top the overview's bar covers is left free. */
export function fitTo(cy: Core, eles: CollectionArgument): void {
  const view = fitViewOf(cy, eles, FIT_PADDING);
  if (!view) return;
  stopMoving(cy);
  if (animates(cy)) cy.animate(view, { duration: DURATION });
  else cy.viewport(view);
}

/** Frames `eles` at once (as the first frame of a dataset does). */
export function fitNow(cy: Core, eles: CollectionArgument): void {
  const view = fitViewOf(cy, eles, FIT_PADDING);
  if (view) cy.viewport(view);
}

/**
 * Frames a dataset's opening view on `nodes` at once. Entities are framed by their positions and
 * sizes (entitiesBox): Cytoscape's box would style every node before the first frame, and the label
 * planner restyles them for it anyway. An overview's discs, sized by their counts, by Cytoscape's box.
 */
export function fitOpening(cy: Core, nodes: NodeCollection): void {
  if (nodes.filter(`.${graphClass('cluster')}`).nonempty()) return fitNow(cy, nodes);
  const endUser = graphClass('end-user');
  const box = entitiesBox(nodes.map((node) => ({ ...node.position(), endUser: node.hasClass(endUser) })));
  if (box && cy.width() > 0 && cy.height() > 0)
    cy.viewport(fitViewport(box, fitArea(cy, { x: FIT_PADDING, y: FIT_PADDING })));
}

/**
 * Where a fit of `eles` looks: Cytoscape's `fit`, except that the canvas's top, where the overview's
 * bar is drawn over it, is left free (a fit framed the top row of discs under the bar). Nothing to
 * frame, nothing changes.
 */
function fitViewOf(cy: Core, eles: CollectionArgument, padding: number) {
  const collection = typeof eles === 'string' ? cy.elements(eles) : cy.collection().union(eles);
  if (collection.empty()) return null;
  const box = collection.boundingBox();
  // As Cytoscape's fit: nothing drawn (every element hidden) or no canvas, nothing to frame.
  if (!(box.w > 0 && box.h > 0 && cy.width() > 0 && cy.height() > 0)) return null;
  return fitViewport(box, fitArea(cy, { x: padding, y: padding }));
}

/** The canvas of `cy` as a fit sees it: its size, zoom limits and the strip the overview's bar covers. */
export function fitArea(cy: Core, padding: { x: number; y: number }): FitArea {
  return {
    width: cy.width(),
    height: cy.height(),
    padding,
    topInset: coveredTop(cy),
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
  };
}

/** Pixels at the top of the canvas under the overview's bar, which is drawn over it; 0 without one. */
export function coveredTop(cy: Core): number {
  const container = cy.container();
  const bar = container?.parentElement?.querySelector(`.${OVERVIEW_BAR_CLASS}`);
  if (!container || !bar) return 0;
  return Math.max(0, bar.getBoundingClientRect().bottom - container.getBoundingClientRect().top);
}

/**
 * Puts a node's centre in the middle of the canvas at `zoom`. Its name is left out of the reckoning:
 * the label planner resizes and moves names once the view settles, and the node should stay put.
 */
export function centreOn(cy: Core, node: NodeSingular, zoom: number): void {
  const { x, y } = node.position();
  const pan = { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom };
  stopMoving(cy);
  if (animates(cy)) cy.animate({ zoom, pan }, { duration: DURATION });
  else cy.viewport({ zoom, pan });
}

/** Looks exactly there, animated like a fit. */
export function moveTo(cy: Core, viewport: { zoom: number; pan: Position }): void {
  stopMoving(cy);
  if (animates(cy)) cy.animate(viewport, { duration: DURATION });
  else cy.viewport(viewport);
}

export function moveNodes(cy: Core, positions: Readonly<Record<string, Position>>): void {
  const animate = animates(cy);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = positions[node.id()];
      if (!position) return;
      if (animate) node.animate({ position }, { duration: DURATION });
      else node.position(position);
    });
  });
}
