import { describe, expect, it } from 'vitest';
import { SpatialGrid } from './spatialGrid';

const box = (left: number, top: number, size: number) => ({ left, top, right: left + size, bottom: top + size });

describe('SpatialGrid', () => {
  const grid = new SpatialGrid();
  grid.add(box(0, 0, 10), 'a');
  grid.add(box(100, 100, 200), 'big');

  it('finds a box met across cells, not one only touched at its edge', () => {
    expect(grid.hits(box(250, 250, 5))).toBe(true);
    expect(grid.hits(box(10, 0, 5))).toBe(false);
  });

  it('leaves out the box of the key it is told to', () => {
    expect(grid.hits(box(5, 5, 2), 'a')).toBe(false);
    expect(grid.hits(box(5, 5, 2))).toBe(true);
  });

  it('adds up the area the boxes cover, each once however many cells they span', () => {
    // 5 × 5 of 'a', and 50 × 50 of 'big' (spanning many cells).
    expect(grid.coveredArea({ left: 5, top: 5, right: 150, bottom: 150 })).toBe(25 + 2500);
    expect(grid.coveredArea({ left: 5, top: 5, right: 150, bottom: 150 }, 'big')).toBe(25);
  });
});
