import { describe, expect, it } from 'vitest';
import { layoutInput } from '../graph/buildElements';
import { computeLayout } from './computeLayout';
import { generateNetwork } from '../bench/generateNetwork';

describe('computeLayout on a generated network', () => {
  it('places every entity, deterministically, with no two node boxes on the same spot', () => {
    const { nodes, edges } = layoutInput(generateNetwork(300, 3));
    const positions = computeLayout(nodes, edges);
    expect(Object.keys(positions)).toHaveLength(300);
    expect(computeLayout(nodes, edges)).toEqual(positions);
    const spots = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(300);
  }, 30_000);
});
