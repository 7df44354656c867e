import type { Core } from 'cytoscape';

/**
 * Below this zoom the canvas draws large elements (the overview's discs) as they are instead of from
 * its picture caches.
 *
 * Cytoscape's canvas keeps each element, and each layer of elements, as a picture drawn at a power of
 * two of the zoom, but never below 1/16 (its `minLvl`). An overview of a large network is fitted far
 * further out (about 1/170 for 20,000 entities): every cluster disc was painted at 1/16 scale, some
 * 400 pixels wide, to be shown 40 pixels wide, and shrunk again on every frame. Drawn as they are,
 * the overview's ~130 discs and 600 links cost less than those pictures (measured side by side on
 * 20,000 entities: longest task 1.1 s → 0.5 s, a filter step 450–630 ms → 190–210 ms).
 */
export const FAR_ZOOM = 1 / 16;
/**
 * A node wider than this (in layout units) is drawn directly when far out: its picture at 1/16 scale
 * would be over 64 pixels. Entities (30 to 60 units) keep their pictures, a pixel or two at that scale:
 * drawn directly, the thousands a tool opens at the overview's zoom took seconds a frame.
 */
export const LARGE_NODE = 1024;

/** A picture cache of Cytoscape's canvas renderer, as far as this module touches it. */
interface ElementPictures {
  isVisible: (element: CachedElement, labelShown: boolean) => boolean;
}
interface CachedElement {
  isNode: () => boolean;
  width: () => number;
}
interface LayerPictures {
  getLayers: (...args: unknown[]) => unknown;
}
interface CanvasData {
  eleTxrCache?: ElementPictures;
  lblTxrCache?: ElementPictures;
  slbTxrCache?: ElementPictures;
  tlbTxrCache?: ElementPictures;
  lyrTxrCache?: LayerPictures;
}

/**
 * Makes the canvas renderer of `cy` draw large nodes directly while zoomed out past {@link FAR_ZOOM}.
 * The caches' own hooks are used: an element cache that calls an element not visible draws it
 * directly, and a layer cache that returns no layers falls back to the element caches. A renderer
 * without these caches (another Cytoscape version, or none) is left as it is.
 */
export function drawDirectlyWhenFarOut(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => { data?: CanvasData } | undefined }).renderer?.();
  const data = renderer?.data;
  if (!data) return;
  const farOut = () => cy.zoom() < FAR_ZOOM;
  const drawnDirectly = (element: CachedElement) => farOut() && element.isNode() && element.width() > LARGE_NODE;
  for (const pictures of [data.eleTxrCache, data.lblTxrCache, data.slbTxrCache, data.tlbTxrCache]) {
    if (!pictures || typeof pictures.isVisible !== 'function') continue;
    const isVisible = pictures.isVisible.bind(pictures);
    pictures.isVisible = (element, labelShown) => !drawnDirectly(element) && isVisible(element, labelShown);
  }
  const layers = data.lyrTxrCache;
  if (layers && typeof layers.getLayers === 'function') {
    const getLayers = layers.getLayers.bind(layers);
    layers.getLayers = (...args) => (farOut() ? null : getLayers(...args));
  }
}
