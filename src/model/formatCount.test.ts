import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it.each([0, 7, 42, 999, 1000, 12_345, 100_000, 1_234_567, 20_000_000, -1, -1234, -999_999, Number.MAX_SAFE_INTEGER])(
    'writes %d as toLocaleString("en") does',
    (n) => expect(formatCount(n)).toBe(n.toLocaleString('en')),
  );

  it('leaves what is not a whole number as String writes it', () => {
    expect(formatCount(1.5)).toBe('1.5');
    expect(formatCount(Number.NaN)).toBe('NaN');
  });
});
