import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/types';
import { POSITIONS_COMMAND, shippedPositionsFor, type ShippedPositions } from './shippedPositions';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

describe('shippedPositionsFor', () => {
  const shipped = { positions: { a: { x: 0, y: 10 }, b: { x: 40, y: -5 } } };

  it('gives the positions when they are for exactly these entities', () => {
    expect(shippedPositionsFor(['b', 'a'], shipped)).toBe(shipped.positions);
  });

  it.each([
    ['an entity without a position', ['a', 'b', 'c']],
    ['a position for an entity no longer there', ['a']],
    ['an entity renamed', ['a', 'c']],
  ])('gives null for %s (the layout runs instead)', (_, ids) => {
    expect(shippedPositionsFor(ids, shipped)).toBeNull();
  });

  it.each([
    ['no file', null],
    ['no positions', {} as ShippedPositions],
    ['a coordinate that is not a number', { positions: { a: { x: 0, y: Number.NaN }, b: { x: 1, y: 1 } } }],
  ])('gives null for %s', (_, file) => {
    expect(shippedPositionsFor(['a', 'b'], file)).toBeNull();
  });
});

describe('data/builtin.positions.json', () => {
  it('is for the built-in dataset as it is now', () => {
    const dataset = read<Dataset>('drone-rounds-2023.json');
    const shipped = read<ShippedPositions>('builtin.positions.json');
    const ids = dataset.entities.map((e) => e.id);
    const missing = ids.filter((id) => !Object.hasOwn(shipped.positions, id));
    const extra = Object.keys(shipped.positions).filter((id) => !ids.includes(id));
    const stale = `data/builtin.positions.json is stale (missing: ${missing.join(', ') || 'none'}; not in the data: ${extra.join(', ') || 'none'}): run ${POSITIONS_COMMAND}`;
    expect(shippedPositionsFor(ids, shipped), stale).not.toBeNull();
  });
});
