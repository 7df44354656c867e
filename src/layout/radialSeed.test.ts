import { describe, expect, it } from 'vitest';
import { radialSeed } from './radialSeed';

// A star of 4 around "hub", one of whose leaves has 2 more: rings at 1 and 2 steps.
const ids = ['a', 'hub', 'b', 'c', 'd', 'a1', 'a2'];
const edges = [
  { source: 'a', target: 'hub' },
  { source: 'b', target: 'hub' },
  { source: 'hub', target: 'c' },
  { source: 'd', target: 'hub' },
  { source: 'a1', target: 'a' },
  { source: 'a2', target: 'a' },
];

describe('radialSeed', () => {
  it('puts the best-connected node in the middle and each further step on a wider ring', () => {
    const placed = radialSeed(ids, edges, 60);
    expect(placed.get('hub')).toEqual({ x: 0, y: 0 });
    const distance = (id: string) => Math.hypot(placed.get(id)!.x, placed.get(id)!.y);
    expect(new Set(['a', 'b', 'c', 'd'].map((id) => Math.round(distance(id))))).toEqual(new Set([120]));
    expect(distance('a1')).toBeGreaterThan(distance('a'));
    expect(Math.round(distance('a1'))).toBe(Math.round(distance('a2')));
  });

  it('places every node of a connected part, the same way every time, and nodes on a ring at least the spacing apart', () => {
    const big = Array.from({ length: 500 }, (_, i) => `n${i}`);
    const links = big.slice(1).map((id, i) => ({ source: id, target: `n${Math.floor(i / 3)}` }));
    const first = radialSeed(big, links, 40);
    expect(first.size).toBe(500);
    expect([...radialSeed(big, links, 40)]).toEqual([...first]);
    const points = [...first.values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThan(39);
  });
});
