import { describe, expect, it } from 'vitest';
import { appliedClasses } from './appliedClasses';
import type { ViewClasses } from './viewClasses';

const classes: ViewClasses = new Map([
  ['shown', ['sanctioned']],
  ['gone', ['never-listed', 'hidden']],
  ['faint', ['never-listed', 'dimmed']],
]);

describe('appliedClasses', () => {
  it('leaves `hidden` off a link whose end is hidden, keeping its other classes', () => {
    expect(appliedClasses(['dimmed', 'hidden'], ['shown', 'gone'], classes)).toEqual(['dimmed']);
    expect(appliedClasses(['hidden'], ['gone', 'shown'], classes)).toEqual([]);
  });

  it('keeps `hidden` on a link hidden while both its ends are drawn', () => {
    expect(appliedClasses(['hidden'], ['shown', 'faint'], classes)).toEqual(['hidden']);
  });

  it('keeps an entity’s classes as they are', () => {
    expect(appliedClasses(['never-listed', 'hidden'], null, classes)).toEqual(['never-listed', 'hidden']);
  });
});
