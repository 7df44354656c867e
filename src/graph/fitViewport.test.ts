import { describe, expect, it } from 'vitest';
import { fitViewport, type FitArea } from './fitViewport';

const area: FitArea = {
  width: 1000,
  height: 600,
  padding: { x: 40, y: 40 },
  topInset: 0,
  minZoom: 0.001,
  maxZoom: 5,
};
/** Where a model point lands on the canvas under a viewport. */
const onScreen = (v: ReturnType<typeof fitViewport>, x: number, y: number) => ({
  x: x * v.zoom + v.pan.x,
  y: y * v.zoom + v.pan.y,
});

describe('fitViewport', () => {
  it('fits and centres like Cytoscape when nothing covers the canvas', () => {
    // 920 px free across, 520 down.
    const square = fitViewport({ x1: 0, y1: 0, x2: 1000, y2: 1000 }, area);
    expect(square.zoom).toBeCloseTo(0.52);
    expect(onScreen(square, 0, 0).y).toBeCloseTo(40);
    expect(onScreen(square, 0, 1000).y).toBeCloseTo(560);
    expect(onScreen(square, 500, 500).x).toBeCloseTo(500);
    const wide = fitViewport({ x1: 0, y1: 0, x2: 4000, y2: 1000 }, area);
    expect(wide.zoom).toBeCloseTo(0.23);
    expect(onScreen(wide, 0, 0).x).toBeCloseTo(40);
    expect(onScreen(wide, 0, 500).y).toBeCloseTo(300);
  });

  it('keeps its own padding across and down', () => {
    const view = fitViewport({ x1: 0, y1: 0, x2: 430, y2: 100 }, { ...area, padding: { x: 70, y: 45 } });
    expect(view.zoom).toBeCloseTo(2); // (1000 − 140) / 430
    expect(onScreen(view, 0, 0).x).toBeCloseTo(70);
    expect(onScreen(view, 430, 0).x).toBeCloseTo(930);
    expect(onScreen(view, 0, 50).y).toBeCloseTo(300);
  });

  it('keeps the covered top clear: the box starts below the inset and ends above the bottom padding', () => {
    const view = fitViewport({ x1: -500, y1: -500, x2: 500, y2: 500 }, { ...area, topInset: 70 });
    expect(view.zoom).toBeCloseTo((600 - 70 - 80) / 1000);
    expect(onScreen(view, 0, -500).y).toBeCloseTo(110);
    expect(onScreen(view, 0, 500).y).toBeCloseTo(560);
    expect(onScreen(view, 0, 0).x).toBeCloseTo(500);
  });

  it('stays within the zoom limits, and centres a box without size', () => {
    expect(fitViewport({ x1: 0, y1: 0, x2: 10, y2: 10 }, area).zoom).toBe(5);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e9, y2: 1e9 }, area).zoom).toBe(0.001);
    const point = fitViewport({ x1: 20, y1: 30, x2: 20, y2: 30 }, { ...area, topInset: 100 });
    expect(point.zoom).toBe(5);
    expect(onScreen(point, 20, 30)).toEqual({ x: 500, y: 100 + 40 + (600 - 180) / 2 });
  });
});
