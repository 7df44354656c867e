import { describe, expect, it } from 'vitest';
import { makeLabelCandidate, makeLabelPlanOptions } from '../test/factories';
import { planLabels, type LabelCandidate, type LabelPlan } from './labelPlan';
import { labelRect } from './labelPlaces';
import { overlaps, type Rect } from './spatialGrid';

const options = makeLabelPlanOptions;
const node = makeLabelCandidate;
/** A small node with a name too small to matter: something in the way. */
const obstacle = (id: string, x: number, y: number) => node(id, x, y, -1, { nodeHeight: 10, width: 1, height: 1 });
const names = (plan: LabelPlan) => plan.labels.map((l) => `${l.id}:${l.side}`);
const sideOf = (plan: LabelPlan, id: string) => plan.labels.find((l) => l.id === id)?.side;

/** The drawn names' boxes on screen, as the planner places them (no padding). */
function drawnBoxes(plan: LabelPlan, candidates: readonly LabelCandidate[], zoom: number): Map<string, Rect> {
  const scale = (plan.fontSize / 13) * zoom;
  return new Map(
    plan.labels.map(({ id, side }) => {
      const c = candidates.find((n) => n.id === id)!;
      const rect = labelRect({ x: c.x, y: c.y, half: c.nodeHeight / 2 }, side, {
        width: c.width * scale,
        height: c.height * scale,
        gap: 5 * scale,
      });
      return [id, rect];
    }),
  );
}

describe('planLabels', () => {
  it('draws every name below its node at the base size when zoomed in far enough to read it', () => {
    const plan = planLabels([node('a', 100, 100), node('b', 400, 100)], options(1));
    expect(plan.fontSize).toBe(13);
    expect(names(plan)).toEqual(['a:below', 'b:below']);
  });

  it.each([
    [0.5, 18],
    [0.25, 36],
    [0.1, 90],
  ])('at zoom %s draws names at %s model units, so they stay 9 px on screen', (zoom, fontSize) => {
    const plan = planLabels([node('a', 400, 300)], options(zoom));
    expect(plan.fontSize).toBeCloseTo(fontSize);
    expect(plan.fontSize * zoom).toBeCloseTo(9);
  });

  // At zoom 1 a name is 100 × 20 px and sits 5 px from its 30 px node at (400, 300). Small nodes in the
  // way push it round its node, in LABEL_SIDES' order.
  it.each([
    { blocked: 'nothing', at: [], side: 'below' },
    { blocked: 'below', at: [[400, 330]], side: 'above' },
    {
      blocked: 'below and above',
      at: [
        [400, 330],
        [400, 270],
      ],
      side: 'right',
    },
    {
      blocked: 'below, above and right',
      at: [
        [400, 330],
        [400, 270],
        [470, 300],
      ],
      side: 'left',
    },
    // Flush with the node's left edge, under it, running right: clear of a node under the middle's left.
    {
      blocked: 'every side, and under the middle',
      at: [
        [360, 330],
        [400, 270],
        [470, 300],
        [330, 300],
      ],
      side: 'below-right',
    },
  ])('puts the name $side when small nodes block $blocked', ({ at, side }) => {
    const plan = planLabels([node('a', 400, 300, 5), ...at.map(([x, y], i) => obstacle(`o${i}`, x!, y!))], options(1));
    expect(sideOf(plan, 'a')).toBe(side);
    expect(plan.crowded).toEqual([]);
  });

  it('keeps a name whole on screen: a node at the left edge gets its name on the right, not cut', () => {
    // Centred below, the 100 px name would start at x = -30.
    const plan = planLabels([node('a', 20, 300), obstacle('under', 20, 330), obstacle('over', 20, 270)], options(1));
    expect(sideOf(plan, 'a')).toBe('right');
  });

  it('draws no name for a node whose centre is off screen, however important', () => {
    const plan = planLabels(
      [node('off', -10, 300, 9, { required: true }), node('below', 400, 900, 9), node('on', 400, 300)],
      options(1),
    );
    expect(names(plan)).toEqual(['on:below']);
    expect(plan.crowded).toEqual([]);
  });

  it('places required names first: an optional one yields its place, whatever its priority', () => {
    // Two nodes 30 px apart at zoom 0.5 (names about 69 × 14 px): their names cannot share a row.
    const plan = planLabels(
      [node('loud', 300, 300, 90), node('quiet', 330, 300, 0, { required: true }), obstacle('o', 315, 270)],
      options(0.5),
    );
    expect(sideOf(plan, 'quiet')).toBe('below');
    expect(plan.labels.map((l) => l.id)).toContain('quiet');
    expect(plan.crowded).toEqual([]);
  });

  it('gives a crowded place to the more important optional name, and leaves out one with none', () => {
    const plan = planLabels(
      [node('low', 130, 300, 1), node('high', 100, 300, 5), node('mid', 160, 300, 3)],
      options(0.5),
    );
    expect(sideOf(plan, 'high')).toBe('below');
    expect(plan.labels.map((l) => l.id)).toContain('mid');
    expect(plan.labels.map((l) => l.id)).not.toContain('low');
  });

  it('finds a place for every required name where placing them by importance would leave one out', () => {
    // 'first' is more important and would take the place under it; 'second', 75 px below, has room only
    // above its node (small nodes block the rest), and that is where 'first' would have put its name.
    const candidates = [
      node('first', 400, 300, 9, { required: true }),
      node('second', 400, 375, 1, { required: true }),
      obstacle('under', 400, 405),
      obstacle('right', 470, 375),
      obstacle('left', 330, 375),
    ];
    const plan = planLabels(candidates, options(1));
    expect(sideOf(plan, 'second')).toBe('above');
    expect(sideOf(plan, 'first')).toBe('above');
    expect(plan.crowded).toEqual([]);
  });

  it('draws a required name over a node rather than leave it out, and says so', () => {
    const ring = [
      [400, 330],
      [400, 270],
      [460, 300],
      [340, 300],
      [440, 330],
      [360, 330],
      [440, 270],
      [360, 270],
    ].map(([x, y], i) => obstacle(`o${i}`, x!, y!));
    const plan = planLabels([node('boxed', 400, 300, 0, { required: true }), ...ring], options(1));
    expect(sideOf(plan, 'boxed')).toBeDefined();
    expect(plan.crowded).toEqual(['boxed']);
  });

  it('over a node, puts a required name where it hides the least of one', () => {
    // Nodes as large as it above, below and right; on its left only a small one, at the name's far end.
    const plan = planLabels(
      [
        node('a', 400, 300, 0, { required: true }),
        node('below', 400, 330, -1, { width: 1, height: 1 }),
        node('above', 400, 270, -1, { width: 1, height: 1 }),
        node('right', 470, 300, -1, { width: 1, height: 1 }),
        obstacle('far-left', 285, 300),
      ],
      options(1),
    );
    expect(sideOf(plan, 'a')).toBe('left');
    expect(plan.crowded).toEqual(['a']);
  });

  it('prefers a required name over a node to one the screen edge cuts', () => {
    // Near the left edge: every place whole on screen covers a small node; 'left' would be cut.
    const plan = planLabels(
      [
        node('edge', 40, 300, 0, { required: true }),
        obstacle('b', 40, 330),
        obstacle('a', 40, 270),
        obstacle('r', 80, 300),
      ],
      options(1),
    );
    expect(sideOf(plan, 'edge')).not.toBe('left');
    expect(sideOf(plan, 'edge')).not.toBe('below-left');
    expect(plan.crowded).toEqual(['edge']);
  });

  it('never lets two names overlap: required names with no place left are left out, and reported', () => {
    // Six required nodes on one spot: no more than four places around it are clear of each other.
    const crowd = Array.from({ length: 6 }, (_, i) => node(`r${i}`, 400, 300, i, { required: true }));
    const plan = planLabels(crowd, options(1));
    const boxes = [...drawnBoxes(plan, crowd, 1).values()];
    for (const [i, p] of boxes.entries()) for (const q of boxes.slice(i + 1)) expect(overlaps(p, q)).toBe(false);
    expect(plan.labels.length).toBeGreaterThan(1);
    expect(plan.labels.length).toBeLessThan(6);
    const left = crowd.map((c) => c.id).filter((id) => !sideOf(plan, id));
    expect(plan.crowded).toEqual(expect.arrayContaining(left));
  });

  it('gives the same names whatever the order of the candidates', () => {
    const crowd = [
      node('b', 100, 300),
      node('a', 110, 300),
      node('c', 120, 300),
      node('d', 115, 300, 0, { required: true }),
    ];
    expect(names(planLabels(crowd, options(0.5)))).toEqual(names(planLabels(crowd.toReversed(), options(0.5))));
  });

  it('among many, draws every required name and keeps the rest clear of names, nodes and the edge', () => {
    const crowd = Array.from({ length: 200 }, (_, i) =>
      node(`n${i}`, (i * 37) % 800, (i * 53) % 600, i % 7, { required: i % 23 === 0 }),
    );
    const zoom = 0.3;
    const plan = planLabels(crowd, options(zoom));
    const boxes = drawnBoxes(plan, crowd, zoom);
    const required = crowd.filter((c) => c.required).map((c) => c.id);
    expect(boxes.size).toBeGreaterThan(required.length + 10);
    expect(boxes.size).toBeLessThan(crowd.length);
    expect(required.filter((id) => !boxes.has(id))).toEqual([]);
    // Only a required name may be crowded (over a node, or cut by the edge).
    expect(plan.crowded.filter((id) => !required.includes(id))).toEqual([]);
    const drawn = [...boxes.entries()];
    for (const [i, [id, p]] of drawn.entries()) {
      for (const [, q] of drawn.slice(i + 1)) expect(overlaps(p, q)).toBe(false);
      if (plan.crowded.includes(id)) continue;
      expect(p.left >= 0 && p.top >= 0 && p.right <= 800 && p.bottom <= 600).toBe(true);
      for (const other of crowd) {
        if (other.id === id) continue;
        const half = other.nodeHeight / 2;
        const body = { left: other.x - half, right: other.x + half, top: other.y - half, bottom: other.y + half };
        expect(overlaps(p, body)).toBe(false);
      }
    }
  });
});
