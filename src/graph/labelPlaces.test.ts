import { describe, expect, it } from 'vitest';
import { LABEL_SIDES, labelOffset, labelPlaceClasses, labelRect, type LabelSide } from './labelPlaces';

// A 20-wide node centred at (100, 100), a 40 × 10 name, 5 away.
const node = { x: 100, y: 100, half: 10 };
const size = { width: 40, height: 10, gap: 5 };

describe('labelRect', () => {
  it.each<[LabelSide, { left: number; top: number }]>([
    ['below', { left: 80, top: 115 }],
    ['above', { left: 80, top: 75 }],
    ['right', { left: 115, top: 95 }],
    ['left', { left: 45, top: 95 }],
    // Under or over the node, flush with one edge: from its left edge running right, or to its right edge.
    ['below-right', { left: 90, top: 115 }],
    ['below-left', { left: 70, top: 115 }],
    ['above-right', { left: 90, top: 75 }],
    ['above-left', { left: 70, top: 75 }],
  ])('puts a name %s its node at %o', (side, corner) => {
    expect(labelRect(node, side, size)).toEqual({
      left: corner.left,
      top: corner.top,
      right: corner.left + 40,
      bottom: corner.top + 10,
    });
  });

  it('touches the node with every place, so no name needs a leader line', () => {
    for (const side of LABEL_SIDES) {
      const rect = labelRect(node, side, size);
      const dx = Math.max(90 - rect.right, rect.left - 110, 0);
      const dy = Math.max(90 - rect.bottom, rect.top - 110, 0);
      expect(Math.hypot(dx, dy), side).toBeLessThanOrEqual(5);
    }
  });
});

// Cytoscape puts a name outside the node on the side text-halign and text-valign say (its edge for
// `left` and `right`, its middle for `center`), then moves it by the text margins.
const drawn = (side: LabelSide) => {
  const classes = labelPlaceClasses(side);
  const h = classes.includes('label-left') ? -1 : classes.includes('label-right') ? 1 : 0;
  const v = classes.includes('label-above') ? -1 : classes.includes('label-beside') ? 0 : 1;
  const margin = labelOffset(side, size.gap, node.half);
  const x = node.x + h * node.half + margin.x;
  const y = node.y + v * node.half + margin.y;
  const left = h === 0 ? x - size.width / 2 : h > 0 ? x : x - size.width;
  const top = v === 0 ? y - size.height / 2 : v > 0 ? y : y - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
};

describe('labelOffset and labelPlaceClasses: what Cytoscape is told', () => {
  it.each(LABEL_SIDES)('draws a name %s where the planner put it', (side) => {
    expect(drawn(side)).toEqual(labelRect(node, side, size));
  });
});
