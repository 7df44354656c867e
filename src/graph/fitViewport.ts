/** A box in layout units, as Cytoscape's `boundingBox()` gives it. */
export interface Bounds {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface FitArea {
  /** The canvas's size in pixels. */
  width: number;
  height: number;
  /** Pixels left free on every side. */
  padding: number;
  /** Pixels at the top covered by something drawn over the canvas (the overview's bar), left free too. */
  topInset: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The viewport that shows `bounds` whole and centred in the canvas below `topInset`: what Cytoscape's
 * `fit` does, which knows only one padding for all four sides. Never past the zoom limits; a box
 * without size (a single point) is centred at the largest zoom.
 */
export function fitViewport(bounds: Bounds, area: FitArea): { zoom: number; pan: { x: number; y: number } } {
  const top = area.topInset + area.padding;
  const freeWidth = Math.max(1, area.width - 2 * area.padding);
  const freeHeight = Math.max(1, area.height - top - area.padding);
  const fitting = Math.min(
    bounds.w > 0 ? freeWidth / bounds.w : Number.POSITIVE_INFINITY,
    bounds.h > 0 ? freeHeight / bounds.h : Number.POSITIVE_INFINITY,
  );
  const zoom = Math.min(area.maxZoom, Math.max(area.minZoom, fitting));
  return {
    zoom,
    pan: {
      x: area.padding + freeWidth / 2 - (bounds.x1 + bounds.w / 2) * zoom,
      y: top + freeHeight / 2 - (bounds.y1 + bounds.h / 2) * zoom,
    },
  };
}
