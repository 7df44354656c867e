import type { StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import { warmUpElements } from '../../overview/warmUpElements';
import { selectIndex, selectLayingOut } from '../../store/selectors';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';
import { warmUpDrawing } from './warmUpDrawing';

/** From this many entities a layout takes seconds in its worker: time enough to warm the drawing up. */
const WARM_UP_FROM = 1000;
const SAMPLE = 24;

/** Compiled code stays for the page's life: one warm-up is enough. */
let warmedUp = false;

/**
 * While a large network is laid out, draws a small sample of it out of sight once per page (see
 * warmUpDrawing), so the first frame of the real one does not also pay for Cytoscape's first run. On
 * the canvas renderer only: WebGL draws by other code.
 */
export function useWarmUpWhileLayingOut(canvasRenderer: boolean, style: StylesheetJson) {
  const index = useAppStore(selectIndex);
  const layingOut = useAppStore(selectLayingOut);
  useEffect(() => {
    if (warmedUp || !canvasRenderer || !layingOut || !index || index.dataset.entities.length < WARM_UP_FROM) return;
    const elements = warmUpElements(index, selectViewClasses(useAppStore.getState()), SAMPLE);
    return warmUpDrawing(elements, style, () => {
      warmedUp = true;
    });
  }, [canvasRenderer, layingOut, index, style]);
}
