import type { ElementDefinition } from 'cytoscape';
import { buildElements } from '../graph/buildElements';
import { LARGE_NETWORK, type CanvasLook } from '../graph/canvasLook';
import { withViewClasses } from '../graph/viewClasses';
import type { Positions } from '../layout/computeLayout';
import type { Dataset } from '../model/types';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
import { selectViewClasses } from './viewClassSelectors';
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
let built: { dataset: Dataset; positions: Positions; elements: ElementDefinition[] } | null = null;
/**
 * Every entity and link as a Cytoscape element, placed where the layout put it; none until the layout
 * has run, and none for a network drawn as an overview (OverviewController adds and removes those).
 * Rebuilt only for a new dataset or new positions: filters change classes (ViewController), not
 * elements. The elements carry the view's classes as they are when built, so the first picture is
 * styled once rather than styled and then restyled.
 */
export const selectElements = (s: AppState): ElementDefinition[] => {
  if (!s.index || !s.positions || s.index.dataset.entities.length > OVERVIEW_ABOVE) return NO_ELEMENTS;
  if (built?.dataset !== s.index.dataset || built.positions !== s.positions) {
    const classes = selectViewClasses(s);
    const elements = buildElements(s.index.dataset, s.positions);
    built = {
      dataset: s.index.dataset,
      positions: s.positions,
      elements: classes ? elements.map((element) => withViewClasses(element, classes)) : elements,
    };
  }
  return built.elements;
};
