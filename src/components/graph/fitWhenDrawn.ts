import type { Core } from 'cytoscape';
import { fitTo } from './viewport';

/** How long a fit waits for the rest of what it names to be drawn. */
const WAIT_MS = 5000;
/** Added elements come in batches, a frame or so apart: the fit is made again once they pause. */
const SETTLE_MS = 60;

const pending = new WeakMap<Core, () => void>();

/**
 * Frames the elements with these ids. Where some are not drawn yet (the overview opens the clusters
 * holding them a step a frame), it frames what is drawn, then frames again as the rest is added, until
 * all are drawn, the user touches the canvas, another command comes, or WAIT_MS pass.
 */
export function fitWhenDrawn(cy: Core, ids: readonly string[]): void {
  stopWaitingFit(cy);
  const drawn = () => ids.reduce((found, id) => found.union(cy.getElementById(id)), cy.collection());
  const first = drawn();
  fitTo(cy, first);
  if (first.length === ids.length) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAdd = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = drawn();
      fitTo(cy, now);
      if (now.length === ids.length) stop();
    }, SETTLE_MS);
  };
  const deadline = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    clearTimeout(timer);
    clearTimeout(deadline);
    cy.off('add', onAdd);
    cy.off('tapstart scrollzoom', stop);
    pending.delete(cy);
  };
  cy.on('add', onAdd);
  cy.on('tapstart scrollzoom', stop);
  pending.set(cy, stop);
}

/** Stops a fit still waiting for what it names (a new command, a new intent). */
export function stopWaitingFit(cy: Core): void {
  pending.get(cy)?.();
}
