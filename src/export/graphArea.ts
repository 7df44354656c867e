/**
 * The graph's part of an exported picture: the canvas, `enlarge` times, without the strip at its top
 * that the overview's bar covers on screen (`coveredTop` pixels; the fit leaves it empty). `top` is
 * where that part starts in Cytoscape's picture of the whole canvas.
 */
export function graphArea(canvas: { width: number; height: number }, enlarge: number, coveredTop = 0) {
  const top = Math.round(Math.min(Math.max(0, coveredTop), canvas.height) * enlarge);
  const full = Math.round(canvas.height * enlarge);
  return { width: Math.round(canvas.width * enlarge), height: full - top, top, full };
}
