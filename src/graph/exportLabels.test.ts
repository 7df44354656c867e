import { describe, expect, it } from 'vitest';
import { EXPORT_ENLARGEMENTS, EXPORT_MIN_LABEL_PX, planExportLabels } from './exportLabels';
import { makeLabelCandidate, makeLabelPlanOptions } from '../test/factories';
import { planLabels, type LabelCandidate } from './labelPlan';

const options = makeLabelPlanOptions;
const node = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}) =>
  makeLabelCandidate(id, x, y, extra.priority ?? 0, extra);
/** `count` required names side by side, `gap` px apart on screen. */
const requiredRow = (count: number, gap: number) =>
  Array.from({ length: count }, (_, i) => node(`r${i}`, 100 + gap * i, 300, { required: true }));

describe('planExportLabels', () => {
  it.each([0.2, 0.41, 0.7, 1.5])('at zoom %s draws names at least 12 px in the picture', (zoom) => {
    const plan = planExportLabels([node('a', 100, 100), node('b', 500, 400)], options(zoom));
    expect(plan.fontSize * zoom * plan.enlarge).toBeGreaterThanOrEqual(EXPORT_MIN_LABEL_PX - 1e-9);
    expect(plan.labels.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('keeps the screen size of the picture while the required names have room', () => {
    const plan = planExportLabels(requiredRow(3, 200), options(0.5));
    expect(plan.enlarge).toBe(1);
    expect(plan.crowded).toEqual([]);
  });

  it('enlarges the picture just enough for every required name to have room', () => {
    // At zoom 0.5, 12 px names are 92 × 18 px in the picture whatever the enlargement, while eight
    // nodes 20 px apart on screen spread to 20 k apart: above, below and beside them, k = 2 is the
    // first that has a clear place for each.
    const candidates = requiredRow(8, 20);
    const plan = planExportLabels(candidates, options(0.5));
    expect(plan.enlarge).toBe(2);
    expect(plan.crowded).toEqual([]);
    expect(plan.labels.map((l) => l.id).sort()).toEqual(candidates.map((c) => c.id).sort());
    // Every smaller enlargement would have drawn a name over a node, or over the picture's edge.
    for (const smaller of EXPORT_ENLARGEMENTS.filter((k) => k < plan.enlarge)) {
      const scaled = candidates.map((c) => ({ ...c, x: c.x * smaller, y: c.y * smaller, nodeHeight: 30 * smaller }));
      const viewport = { width: 800 * smaller, height: 600 * smaller };
      const at = planLabels(scaled, { ...options(0.5 * smaller), minFontPx: 12, viewport });
      expect(at.crowded.length).toBeGreaterThan(0);
    }
  });

  it('leaves out a name with no room rather than shrink it or draw it over another', () => {
    // Twelve entities on one spot and an end-user apart: only a few of the twelve find a place.
    const crowd = Array.from({ length: 12 }, (_, i) => node(`n${i}`, 100 + i, 300, { priority: i }));
    const plan = planExportLabels([...crowd, node('end-user', 500, 300, { required: true })], options(0.3));
    const drawn = plan.labels.map((l) => l.id);
    expect(drawn).toContain('end-user');
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.length).toBeLessThan(13);
    expect(plan.enlarge).toBe(1);
    expect(plan.fontSize * 0.3 * plan.enlarge).toBeGreaterThanOrEqual(EXPORT_MIN_LABEL_PX - 1e-9);
  });

  it('takes the screen minimum when it is larger (a projector style asking for more)', () => {
    const plan = planExportLabels([node('a', 100, 100)], options(0.5, { minFontPx: 16 }));
    expect(plan.fontSize * 0.5 * plan.enlarge).toBeCloseTo(16);
  });

  it('does not enlarge when names are already at the base size: a larger picture would crowd them the same', () => {
    // Nine required nodes 5 px apart: their bodies overlap, so most names cover a node at any size.
    const grid = Array.from({ length: 9 }, (_, i) =>
      node(`g${i}`, 300 + 5 * (i % 3), 300 + 5 * Math.floor(i / 3), { required: true }),
    );
    const plan = planExportLabels(grid, options(2));
    expect(plan.fontSize).toBe(13);
    expect(plan.enlarge).toBe(1);
    expect(plan.crowded.length).toBeGreaterThan(0);
  });
});
