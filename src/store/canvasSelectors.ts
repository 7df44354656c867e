import { LARGE_NETWORK, type CanvasLook } from '../graph/canvasLook';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
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
