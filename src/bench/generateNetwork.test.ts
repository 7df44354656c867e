import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validateDataset';
import { generateNetwork } from './generateNetwork';

describe('generateNetwork', () => {
  it('makes a valid dataset of the size asked for, the same on every run', () => {
    const network = generateNetwork(500, 7);
    expect(validateDataset(network).problems).toEqual([]);
    expect(network.entities).toHaveLength(500);
    expect(network.links.length).toBeGreaterThan(500);
    expect(generateNetwork(500, 7)).toEqual(network);
  });
});
