import { describe, expect, it } from 'vitest';
import { makeLabelCandidate, makeLabelPlanOptions } from '../test/factories';
import { planLabels } from './labelPlan';

const options = makeLabelPlanOptions;
const node = makeLabelCandidate;
const names = (plan: ReturnType<typeof planLabels>) => plan.labels.map((l) => `${l.id}:${l.side}`);

describe('planLabels', () => {
  it('draws every name at the base size when zoomed in far enough to read it', () => {
    const plan = planLabels([node('a', 100, 100), node('b', 400, 100)], options(1));
    expect(plan.fontSize).toBe(13);
    expect(names(plan)).toEqual(['a:below', 'b:below']);
  });

  it.each([
    [0.5, 18],
    [0.25, 36],
    [0.1, 90],
  ])('at zoom %s draws names at %s model units, so they stay 9 px on screen', (zoom, fontSize) => {
    const plan = planLabels([node('a', 100, 100)], options(zoom));
    expect(plan.fontSize).toBeCloseTo(fontSize);
    expect(plan.fontSize * zoom).toBeCloseTo(9);
  });

  it('gives a crowded place to the more important name, moves the next above its node, and leaves out the third', () => {
    // At zoom 0.5 each label is 100 × 20 × (18/13 × 0.5) ≈ 69 × 14 px on screen: neighbours 30 px apart collide.
    const plan = planLabels(
      [node('low', 130, 300, 1), node('high', 100, 300, 5), node('mid', 160, 300, 3)],
      options(0.5),
    );
    expect(names(plan)).toEqual(['high:below', 'mid:above']);
  });

  it('keeps a name off another node: below it would cover one, so it goes above', () => {
    // At zoom 1 the label is 100 × 20 px, 5 px under a 30 px node at (100, 100): it spans y 120–140.
    const plan = planLabels([node('a', 100, 100, 5), node('b', 100, 130, 0, { width: 1, height: 1 })], options(1));
    expect(names(plan)).toContainEqual('a:above');
  });

  it('breaks ties by id, so the same view always gives the same names', () => {
    const crowd = [node('b', 100, 300), node('a', 110, 300), node('c', 120, 300)];
    expect(names(planLabels(crowd, options(0.5)))).toEqual(['a:below', 'b:above']);
    expect(names(planLabels(crowd.toReversed(), options(0.5)))).toEqual(['a:below', 'b:above']);
  });

  it('passes over names off screen, but draws a required one (the selection, a path) even in a crowd', () => {
    const plan = planLabels(
      [
        node('off', -500, 100, 9),
        node('a', 100, 300, 5),
        node('b', 110, 300, 4),
        node('c', 120, 300, 3),
        node('picked', 115, 300, 0, { required: true }),
      ],
      options(0.5),
    );
    expect(names(plan)).toEqual(['picked:below', 'a:above']);
    expect(plan.crowded).toEqual([]);
  });

  it('says which required names found no clear place', () => {
    // Three required names 30 px apart at zoom 0.5 (labels about 69 px wide): the first goes below, the
    // second above, the third finds both places taken by names and is left out, and reported.
    const plan = planLabels(
      ['a', 'b', 'c'].map((id, i) => node(id, 100 + 30 * i, 300, 0, { required: true })),
      options(0.5),
    );
    expect(names(plan)).toEqual(['a:below', 'b:above']);
    expect(plan.crowded).toEqual(['c']);
  });

  it('lets a required name cover a node, never another name: a third required one in one place is left out', () => {
    // At zoom 1 the labels are 100 × 20 px; three required nodes on one spot, and a small node under them.
    const plan = planLabels(
      [
        node('first', 100, 100, 3, { required: true }),
        node('second', 100, 100, 2, { required: true }),
        node('third', 100, 100, 1, { required: true }),
        node('under', 100, 130, 0, { width: 1, height: 1 }),
      ],
      options(1),
    );
    // first takes the free place (above); second covers the small node below rather than first's name.
    expect(names(plan)).toEqual(['first:above', 'second:below', 'under:below']);
  });

  it('keeps no two drawn names overlapping among many', () => {
    const crowd = Array.from({ length: 400 }, (_, i) => node(`n${i}`, (i * 37) % 800, (i * 53) % 600, i % 7));
    const zoom = 0.3;
    const plan = planLabels(crowd, options(zoom));
    const scale = (plan.fontSize / 13) * zoom;
    const boxes = plan.labels.map(({ id, side }) => {
      const c = crowd.find((n) => n.id === id)!;
      const top = side === 'below' ? c.y + 15 + 5 * scale : c.y - 15 - 5 * scale - 20 * scale;
      return { left: c.x - 50 * scale, right: c.x + 50 * scale, top, bottom: top + 20 * scale };
    });
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.length).toBeLessThan(crowd.length);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        expect(p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom).toBe(false);
      }
      // Nor covers another node.
      for (const other of crowd) {
        const half = other.nodeHeight / 2;
        const p = boxes[i]!;
        expect(
          p.left < other.x + half && other.x - half < p.right && p.top < other.y + half && other.y - half < p.bottom,
        ).toBe(false);
      }
    }
  });
});
