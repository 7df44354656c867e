import type { CollectionArgument, Core, NodeSingular, Position } from 'cytoscape';

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

export function fitTo(cy: Core, eles: CollectionArgument, padding: number): void {
  stopMoving(cy);
  if (animates(cy)) cy.animate({ fit: { eles, padding } }, { duration: DURATION });
  else cy.fit(eles, padding);
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
