import { describe, expect, it } from 'vitest';
import { EXPORT_ENLARGEMENTS, EXPORT_MIN_LABEL_PX, planExportLabels } from './exportLabels';
import { makeLabelCandidate, makeLabelPlanOptions } from '../test/factories';
import { planLabels, type LabelCandidate } from './labelPlan';

const options = makeLabelPlanOptions;
const node = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}) =>
  makeLabelCandidate(id, x, y, extra.priority ?? 0, extra);
/** Three required names side by side, `gap` px apart on screen. */
const requiredRow = (gap: number) => ['a', 'b', 'c'].map((id, i) => node(id, 100 + gap * i, 300, { required: true }));

describe('planExportLabels', () => {
  it.each([0.2, 0.41, 0.7, 1.5])('at zoom %s draws names at least 12 px in the picture', (zoom) => {
    const plan = planExportLabels([node('a', 100, 100), node('b', 500, 400)], options(zoom));
    expect(plan.fontSize * zoom * plan.enlarge).toBeGreaterThanOrEqual(EXPORT_MIN_LABEL_PX - 1e-9);
    expect(plan.labels.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('keeps the screen size of the picture while the required names have room', () => {
    const plan = planExportLabels(requiredRow(200), options(0.5));
    expect(plan.enlarge).toBe(1);
    expect(plan.crowded).toEqual([]);
  });

  it('enlarges the picture just enough for every required name to have room', () => {
    // At zoom 0.5, 12 px names are 92 px wide in the picture whatever the enlargement, while nodes 30 px
    // apart on screen spread to 30 × k: the outer two need 60 k ≥ 92, so k = 2 is the first that fits.
    const candidates = requiredRow(30);
    const plan = planExportLabels(candidates, options(0.5));
    expect(plan.enlarge).toBe(2);
    expect(plan.crowded).toEqual([]);
    expect(plan.labels.map((l) => l.id).sort()).toEqual(['a', 'b', 'c']);
    // Every smaller enlargement would have drawn a name over another.
    for (const smaller of EXPORT_ENLARGEMENTS.filter((k) => k < plan.enlarge)) {
      const scaled = candidates.map((c) => ({ ...c, x: c.x * smaller, y: c.y * smaller, nodeHeight: 30 * smaller }));
      const at = planLabels(scaled, { ...options(0.5 * smaller), minFontPx: 12 });
      expect(at.crowded.length).toBeGreaterThan(0);
    }
  });

  it('leaves out a name with no room rather than shrink it or draw it over another', () => {
    const plan = planExportLabels(
      [
        node('big', 100, 300, { priority: 5 }),
        node('mid', 110, 300, { priority: 3 }),
        node('small', 120, 300),
        node('end-user', 400, 300, { required: true }),
      ],
      options(0.3),
    );
    // 12 px names are about 92 px wide here: 'big' goes below, 'mid' above, 'small' has no place left.
    expect(plan.labels.map((l) => l.id).sort()).toEqual(['big', 'end-user', 'mid']);
    expect(plan.enlarge).toBe(1);
    expect(plan.fontSize * 0.3 * plan.enlarge).toBeGreaterThanOrEqual(EXPORT_MIN_LABEL_PX - 1e-9);
  });

  it('takes the screen minimum when it is larger (a projector style asking for more)', () => {
    const plan = planExportLabels([node('a', 100, 100)], options(0.5, { minFontPx: 16 }));
    expect(plan.fontSize * 0.5 * plan.enlarge).toBeCloseTo(16);
  });

  it('does not enlarge when names are already at the base size: a larger picture would crowd them the same', () => {
    const plan = planExportLabels(requiredRow(5), options(2));
    expect(plan.fontSize).toBe(13);
    expect(plan.enlarge).toBe(1);
    expect(plan.crowded.length).toBeGreaterThan(0);
  });
});
