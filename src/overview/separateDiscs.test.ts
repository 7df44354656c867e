import { describe, expect, it } from 'vitest';
import { separateDiscs, type Disc } from './separateDiscs';

const overlaps = (discs: readonly Disc[]) =>
  discs.some((a, i) => discs.slice(i + 1).some((b) => Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2 - 1e-6));

describe('separateDiscs', () => {
  it('leaves discs that do not overlap where they are', () => {
    const discs = [
      { x: 0, y: 0, size: 10 },
      { x: 100, y: 0, size: 10 },
    ];
    expect(separateDiscs(discs)).toEqual(discs);
  });

  it('moves overlapping discs apart along the line between them, by the same amount each', () => {
    const [a, b] = separateDiscs([
      { x: 0, y: 0, size: 100 },
      { x: 60, y: 0, size: 100 },
    ]);
    expect(a!.y).toBe(0);
    expect(b!.y).toBe(0);
    expect(b!.x - a!.x).toBeGreaterThanOrEqual(100);
    expect(a!.x + b!.x).toBeCloseTo(60, 9);
  });

  it('parts a crowded grid of discs, coincident ones too, the same way every time', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({
      x: (i % 8) * 30,
      y: Math.floor(i / 8) * 30,
      size: 40 + (i % 5) * 10,
    }));
    crowd.push({ x: 0, y: 0, size: 40 });
    expect(overlaps(crowd)).toBe(true);
    const parted = separateDiscs(crowd);
    expect(overlaps(parted)).toBe(false);
    expect(separateDiscs(crowd)).toEqual(parted);
  });
});
