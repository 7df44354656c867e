import { describe, expect, it } from 'vitest';
import { boxAround, framesBetween, pickFrame } from './presentFrame';

describe('boxAround', () => {
  it('spans the nodes with their sizes', () => {
    expect(
      boxAround([
        { x: 0, y: 0, half: 15 },
        { x: 100, y: 50, half: 24 },
      ]),
    ).toEqual({ x1: -15, y1: -15, x2: 124, y2: 74 });
  });

  it('is null for no nodes', () => {
    expect(boxAround([])).toBeNull();
  });
});

describe('framesBetween', () => {
  it('goes in even steps from the outer box to the inner', () => {
    const frames = framesBetween({ x1: 0, y1: 0, x2: 400, y2: 200 }, { x1: 100, y1: 100, x2: 200, y2: 200 }, 4);
    expect(frames).toHaveLength(5);
    expect(frames[0]).toEqual({ x1: 0, y1: 0, x2: 400, y2: 200 });
    expect(frames[2]).toEqual({ x1: 50, y1: 50, x2: 300, y2: 200 });
    expect(frames[4]).toEqual({ x1: 100, y1: 100, x2: 200, y2: 200 });
  });
});

describe('pickFrame', () => {
  it('takes the first frame with nothing crowded, and scores no further', () => {
    const scored: string[] = [];
    const pick = pickFrame(['wide', 'closer', 'closest'], (frame) => {
      scored.push(frame);
      return frame === 'wide' ? 3 : 0;
    });
    expect(pick).toBe('closer');
    expect(scored).toEqual(['wide', 'closer']);
  });

  it('takes the least crowded, the widest among equals, when none is clear', () => {
    expect(pickFrame(['a', 'b', 'c', 'd'], (f) => ({ a: 5, b: 2, c: 2, d: 4 })[f]!)).toBe('b');
  });
});
