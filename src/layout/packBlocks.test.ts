import { describe, expect, it } from 'vitest';
import { packBlocks, type Block } from './packBlocks';

const blocks = (sizes: Array<[number, number]>) => {
  const placed: Array<[number, number]> = [];
  const list: Block[] = sizes.map(([width, height], i) => ({ width, height, place: (x, y) => (placed[i] = [x, y]) }));
  return { list, placed };
};

describe('packBlocks', () => {
  it('places every block without overlap', () => {
    const { list, placed } = blocks([
      [300, 200],
      [100, 100],
      [100, 100],
      [250, 80],
      [60, 60],
    ]);
    packBlocks(list, 10);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [ax, ay] = placed[i]!;
        const [bx, by] = placed[j]!;
        const apart =
          ax + list[i]!.width <= bx ||
          bx + list[j]!.width <= ax ||
          ay + list[i]!.height <= by ||
          by + list[j]!.height <= ay;
        expect(apart).toBe(true);
      }
    }
  });

  it('makes a picture close to the target shape', () => {
    const { list } = blocks(Array.from({ length: 16 }, () => [100, 100] as [number, number]));
    const { width, height } = packBlocks(list, 0, 1);
    expect(width / height).toBeCloseTo(1, 1);
  });

  it('fills the room beside a tall block with the others rather than start a row below it', () => {
    // A tall block, a wide short one, and two small ones that fit with it in the tall one's height:
    // rows would make the picture at least 460 high (the first two, then the small ones).
    const { list, placed } = blocks([
      [100, 300],
      [200, 100],
      [90, 150],
      [90, 150],
    ]);
    expect(packBlocks(list, 10, 1)).toEqual({ width: 310, height: 300 });
    for (const [i, [x, y]] of placed.entries()) {
      expect(x + list[i]!.width).toBeLessThanOrEqual(310);
      expect(y + list[i]!.height).toBeLessThanOrEqual(300);
    }
  });

  it('handles no blocks', () => {
    expect(packBlocks([], 10)).toEqual({ width: 0, height: 0 });
  });
});
