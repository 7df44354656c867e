import { describe, expect, it } from 'vitest';
import { isIsoDate } from './isoDate';
import { IsoDate } from './schema';

describe('isIsoDate', () => {
  it.each([
    ['2023-09-25', true],
    ['2016-12', true],
    ['2008', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13', false],
    ['2023-9-25', false],
    ['25/09/2023', false],
    ['', false],
  ])('%s → %s, as the schema says', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
    expect(IsoDate.safeParse(value).success).toBe(expected);
  });
});
