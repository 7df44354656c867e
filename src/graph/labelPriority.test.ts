import { describe, expect, it } from 'vitest';
import type { ViewClass } from './graphClasses';
import { labelRank } from './labelPriority';

const rank = (classes: ViewClass[], endUser = false, degree = 0) => labelRank(classes, endUser, degree, false).priority;

describe('labelRank', () => {
  it.each([
    ['the selection', ['never-listed', 'selected'], false, 0, false, true],
    ["the keyboard's focus", ['never-listed', 'keyboard-focus'], false, 0, false, true],
    ['a path', ['sanctioned', 'on-path'], false, 0, false, true],
    ['an end-user in the explorer', ['sanctioned'], true, 3, false, false],
    ['an end-user when presenting', ['sanctioned'], true, 3, true, true],
    ["the round's entities when presenting", ['sanctioned', 'newly-listed'], false, 1, true, true],
    ['a plain supplier', ['never-listed'], false, 4, true, false],
  ] as const)('%s is required: %s', (_, classes, endUser, degree, presenting, required) => {
    expect(labelRank(classes, endUser, degree, presenting).required).toBe(required);
  });

  it('ranks end-users over sanctioned over the rest, more links first, and context last', () => {
    expect(rank(['never-listed'], true)).toBeGreaterThan(rank(['sanctioned'], false, 20));
    expect(rank(['sanctioned'])).toBeGreaterThan(rank(['never-listed'], false, 20));
    expect(rank(['never-listed'], false, 6)).toBeGreaterThan(rank(['never-listed'], false, 2));
    expect(rank(['sanctioned', 'dimmed'])).toBeLessThan(rank(['sanctioned']));
    expect(rank(['sanctioned', 'quiet'])).toBeLessThan(rank(['sanctioned']));
    expect(rank(['sanctioned', 'quiet'])).toBeGreaterThan(rank(['sanctioned', 'dimmed']));
  });
});
