import type { CollectionArgument, Core, Position } from 'cytoscape';

/**
 * Above this many elements, viewport moves jump instead of animating: without a GPU every animation
 * frame redraws the whole network, so a 250 ms animation of 2,000 nodes costs over a second.
 */
const ANIMATION_LIMIT = 600;
const DURATION = 250;

const animates = (cy: Core) => cy.elements().length <= ANIMATION_LIMIT;

export function fitTo(cy: Core, eles: CollectionArgument, padding: number): void {
  if (animates(cy)) cy.animate({ fit: { eles, padding } }, { duration: DURATION });
  else cy.fit(eles, padding);
}

export function centreOn(cy: Core, eles: CollectionArgument, zoom: number): void {
  if (animates(cy)) cy.animate({ center: { eles }, zoom }, { duration: DURATION });
  else {
    cy.zoom(zoom);
    cy.center(eles);
  }
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
