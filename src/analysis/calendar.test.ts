import { describe, expect, it } from 'vitest';
import { dayBefore, daysBetween, isBetween, periodHolds } from './calendar';

describe('calendar', () => {
  it.each([
    ['2023-09-25', '2023-09-24'],
    ['2023-03-01', '2023-02-28'],
    ['2024-03-01', '2024-02-29'],
    ['2016-12', '2016-11-30'],
    ['2008', '2007-12-31'],
    ['2023-01-01', '2022-12-31'],
  ])('the day before %s is %s', (date, expected) => {
    expect(dayBefore(date)).toBe(expected);
  });

  it.each([
    ['2023-01-31', '2023-09-25', 237],
    ['2023-09-25', '2023-01-31', -237],
    ['2016-12', '2017-01', 31],
    ['2008', '2009', 366],
    ['2023-05-19', '2023-05-19', 0],
    ['2022-05-19', '2023-09-14', 483],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2023-09-25', '2023-09-19', '2023-09-25', true],
    ['2023-09-19', '2023-09-19', '2023-09-25', false],
    ['2023-09-26', '2023-09-19', '2023-09-25', false],
    ['1999-01-01', null, '2023-09-25', true],
  ] as const)('%s is after %s up to %s: %s', (date, from, to, expected) => {
    expect(isBetween(date, from, to)).toBe(expected);
  });

  it.each([
    [undefined, '2023-09-24', true],
    [{ from: '2019' }, '2023-09-24', true],
    [{ from: '2023-09-25' }, '2023-09-24', false],
    [{ to: '2017-08' }, '2017-08-20', true],
    [{ to: '2017-08' }, '2017-09-01', false],
    [{ to: '2030-01-01' }, null, false],
    [{ from: '2019' }, null, true],
  ] as const)('a period %j holds on %s: %s', (period, asOf, expected) => {
    expect(periodHolds(period, asOf)).toBe(expected);
  });
});
