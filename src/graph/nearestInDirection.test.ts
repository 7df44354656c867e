import { describe, expect, it } from 'vitest';
import { directionOfKey, nearestInDirection, nearestTo, type PlacedItem } from './nearestInDirection';

const at = (id: string, x: number, y: number): PlacedItem => ({ id, x, y });
const origin = { id: 'o', x: 0, y: 0 };

describe('nearestInDirection', () => {
  it.each([
    ['right', 'r'],
    ['left', 'l'],
    ['up', 'u'],
    ['down', 'd'],
  ] as const)('moves %s to the item that lies that way (screen y grows downwards)', (direction, expected) => {
    const items = [at('r', 100, 0), at('l', -100, 0), at('u', 0, -100), at('d', 0, 100)];
    expect(nearestInDirection(origin, items, direction)?.id).toBe(expected);
  });

  it('prefers an item straight ahead over a nearer one off to the side', () => {
    const items = [at('aside', 60, 50), at('ahead', 150, 0)];
    // aside: 60 + 2·50 = 160; ahead: 150.
    expect(nearestInDirection(origin, items, 'right')?.id).toBe('ahead');
  });

  it('takes the nearer of two items in the cone', () => {
    expect(nearestInDirection(origin, [at('far', 300, 10), at('near', 100, 10)], 'right')?.id).toBe('near');
  });

  it('keeps to the 45° cone while it has anything, even when an item outside it costs less', () => {
    // outside: along 10, sideways 40 → 90; inside: along 100, sideways 0 → 100.
    expect(nearestInDirection(origin, [at('outside', 10, 40), at('inside', 100, 0)], 'right')?.id).toBe('inside');
  });

  it('falls back to the half-plane ahead when the cone is empty', () => {
    expect(nearestInDirection(origin, [at('steep', 20, 200), at('behind', -50, 0)], 'right')?.id).toBe('steep');
  });

  it('gives equal costs to the smaller id, whatever the order of the candidates', () => {
    const mirrored = [at('b', 100, 20), at('a', 100, -20)];
    expect(nearestInDirection(origin, mirrored, 'right')?.id).toBe('a');
    expect(nearestInDirection(origin, mirrored.toReversed(), 'right')?.id).toBe('a');
  });

  it('returns null when nothing lies ahead, and passes over the starting item and items level with it', () => {
    const items = [origin, at('left', -100, 0), at('level', 0, 80)];
    expect(nearestInDirection(origin, items, 'right')).toBeNull();
    expect(nearestInDirection(origin, [], 'up')).toBeNull();
  });
});

describe('nearestTo', () => {
  it('finds the closest item, ties to the smaller id, and null for none', () => {
    expect(nearestTo({ x: 0, y: 0 }, [at('b', 3, 4), at('a', -4, 3), at('c', 10, 0)])?.id).toBe('a');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});

describe('directionOfKey', () => {
  it('maps arrow keys and nothing else', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('ArrowLeft')).toBe('left');
    expect(directionOfKey('Enter')).toBeNull();
  });
});
