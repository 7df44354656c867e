import { describe, expect, it } from 'vitest';
import { placeRequired, type Place, type RequiredName } from './requiredLabels';

/** A place 10 × 10 at (x, y), of a tier; its room is the box itself. */
const at = (side: string, x: number, y: number, tier = 0): Place => {
  const rect = { left: x, top: y, right: x + 10, bottom: y + 10 };
  return { side, wide: false, rect, room: rect, tier };
};
/** A place with 4 of padding round it. */
const padded = (side: string, x: number): Place => ({
  ...at(side, x, 0),
  room: { left: x - 4, top: -4, right: x + 14, bottom: 14 },
});
const name = (id: string, ...places: Place[]): RequiredName => ({ id, places });
const sides = (placed: Map<string, Place>) => Object.fromEntries([...placed].map(([id, p]) => [id, p.side]));

describe('placeRequired', () => {
  it('gives each name its first place when they do not meet', () => {
    const { placed, crowded } = placeRequired([name('a', at('a1', 0, 0), at('a2', 50, 0)), name('b', at('b1', 20, 0))]);
    expect(sides(placed)).toEqual({ a: 'a1', b: 'b1' });
    expect(crowded).toEqual([]);
  });

  it('finds places for all where taking them in order would leave the second out', () => {
    // 'a' goes first and its first place is the only one 'b' has.
    const { placed, crowded } = placeRequired([name('a', at('a1', 0, 0), at('a2', 50, 0)), name('b', at('b1', 5, 5))]);
    expect(sides(placed)).toEqual({ a: 'a2', b: 'b1' });
    expect(crowded).toEqual([]);
  });

  it('uses a worse place only for a name with no good one, and reports it', () => {
    const { placed, crowded } = placeRequired([
      name('a', at('a1', 0, 0), at('a-over-node', 50, 0, 1)),
      name('b', at('b-over-node', 100, 0, 1), at('b-cut', 200, 0, 2)),
    ]);
    expect(sides(placed)).toEqual({ a: 'a1', b: 'b-over-node' });
    expect(crowded).toEqual(['b']);
  });

  it('takes a worse place for one name rather than leave another out', () => {
    // 'b' has only the good place 'a' wants; 'a' can also go over a node.
    const { placed, crowded } = placeRequired([
      name('a', at('a1', 0, 0), at('a-over-node', 50, 0, 1)),
      name('b', at('b1', 5, 0)),
    ]);
    expect(sides(placed)).toEqual({ a: 'a-over-node', b: 'b1' });
    expect(crowded).toEqual(['a']);
  });

  it('leaves out a name with no place clear of the others, never overlaps it, and reports it', () => {
    const { placed, crowded } = placeRequired([
      name('a', at('a1', 0, 0)),
      name('b', at('b1', 2, 2)),
      name('c', at('c1', 40, 0)),
    ]);
    expect(sides(placed)).toEqual({ a: 'a1', c: 'c1' });
    expect(crowded).toEqual(['b']);
  });

  it('keeps names apart by their room: a place in another name’s padding is taken', () => {
    const { placed } = placeRequired([
      name('a', padded('a1', 0)),
      name('b', padded('b-close', 12), padded('b-far', 30)),
    ]);
    expect(sides(placed)).toEqual({ a: 'a1', b: 'b-far' });
  });
});
