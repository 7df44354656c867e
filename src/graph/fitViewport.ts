/** A box in model (layout) coordinates, as Cytoscape's `boundingBox()` gives it too. */
export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface FitArea {
  /** The canvas's size in pixels. */
  width: number;
  height: number;
  /** Pixels left clear at the sides (`x`) and at the top and bottom (`y`). */
  padding: { x: number; y: number };
  /** Pixels at the top covered by something drawn over the canvas (the overview's bar), left clear too. */
  topInset: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The viewport that shows `box` whole and centred in the canvas below `topInset`, the padding clear:
 * what Cytoscape's `fit` does, which knows one padding for all four sides and nothing drawn over the
 * canvas. Never past the zoom limits; a box without size (a single node's centre) is centred at the
 * largest zoom. Fits (components/graph/viewport.ts), a click on a cluster and Present's round steps
 * frame with it.
 */
export function fitViewport(box: ModelBox, area: FitArea): Viewport {
  const top = area.topInset + area.padding.y;
  const freeWidth = Math.max(1, area.width - 2 * area.padding.x);
  const freeHeight = Math.max(1, area.height - top - area.padding.y);
  const width = box.x2 - box.x1;
  const height = box.y2 - box.y1;
  const fitting = Math.min(
    width > 0 ? freeWidth / width : Number.POSITIVE_INFINITY,
    height > 0 ? freeHeight / height : Number.POSITIVE_INFINITY,
  );
  const zoom = Math.min(area.maxZoom, Math.max(area.minZoom, fitting));
  return {
    zoom,
    pan: {
      x: area.padding.x + freeWidth / 2 - ((box.x1 + box.x2) / 2) * zoom,
      y: top + freeHeight / 2 - ((box.y1 + box.y2) / 2) * zoom,
    },
  };
}
