import type { ElementDefinition } from 'cytoscape';
import { buildElements } from '../graph/buildElements';
import { LARGE_NETWORK, type CanvasLook } from '../graph/canvasLook';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
import { OVERVIEW_ABOVE } from './overviewSelectors';
import { selectTheme } from './selectors';

const lookOf = memoizeLast((theme: CanvasLook['theme'], presenting: boolean, large: boolean): CanvasLook => ({
  theme,
  presenting,
  large,
}));

/** Whether the network is large enough to draw in the large style (straight, arrowless links). */
export const selectLargeNetwork = (s: AppState): boolean =>
  s.index !== null && s.index.dataset.entities.length + s.index.dataset.links.length > LARGE_NETWORK;

/** How the canvas is drawn: theme, presentation mode and size; the same object while none changes. */
export const selectCanvasLook = (s: AppState): CanvasLook =>
  lookOf(selectTheme(s), s.presenting, selectLargeNetwork(s));

const NO_ELEMENTS: ElementDefinition[] = [];
const elementsOf = memoizeLast(buildElements);
/**
 * Every entity and link as a Cytoscape element, placed where the layout put it; none until the layout
 * has run, and none for a network drawn as an overview (OverviewController adds and removes those).
 * Rebuilt only for a new dataset or new positions: filters change classes, not elements.
 */
export const selectElements = (s: AppState): ElementDefinition[] =>
  s.index && s.positions && s.index.dataset.entities.length <= OVERVIEW_ABOVE
    ? elementsOf(s.index.dataset, s.positions)
    : NO_ELEMENTS;
