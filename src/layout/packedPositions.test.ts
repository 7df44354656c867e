import { describe, expect, it } from 'vitest';
import { packPositions, unpackPositions } from './packedPositions';

describe('packPositions / unpackPositions', () => {
  const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'unplaced' }, { id: 'c' }];
  const positions = { a: { x: 1.5, y: -2 }, b: { x: 0, y: 0 }, c: { x: 1e6, y: 3.25 } };

  it('packs x then y in the nodes’ order, NaN for a node the layout did not place', () => {
    expect([...packPositions(nodes, positions)]).toEqual([1.5, -2, 0, 0, Number.NaN, Number.NaN, 1e6, 3.25]);
  });

  it('gives back the same positions, leaving out the unplaced', () => {
    expect(unpackPositions(nodes, packPositions(nodes, positions))).toEqual(positions);
  });
});
