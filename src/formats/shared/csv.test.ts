import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['1', 2]])).toBe('a,b\r\n1,2\r\n');
  });

  it.each([
    ['Asia Pacific Links, Ltd.', '"Asia Pacific Links, Ltd."'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\n=1+1', `"'\n=1+1"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
  ])('writes %j as %s', (value, expected) => {
    expect(toCsv(['x'], [[value]]).split('\r\n')[1]).toBe(expected);
  });

  it('leaves numbers alone, negative ones too', () => {
    expect(toCsv(['x'], [[-3]])).toBe('x\r\n-3\r\n');
  });
});
