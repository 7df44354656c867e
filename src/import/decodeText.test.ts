import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decodeText';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Id,Label\r\nа,Алабуга')), 'x.csv')).toEqual({
      text: 'Id,Label\r\nа,Алабуга',
      problems: [],
    });
  });

  it('reads UTF-16 with a byte-order mark, little and big endian', () => {
    const le = bytes(0xff, 0xfe, 0x49, 0, 0x64, 0, 0x1f, 0x04);
    const be = bytes(0xfe, 0xff, 0, 0x49, 0, 0x64, 0x04, 0x1f);
    expect(decodeText(le, 'x.csv').text).toBe('IdП');
    expect(decodeText(be, 'x.csv').text).toBe('IdП');
  });

  it('reads Windows-1252 text and says where the first byte that is not UTF-8 is', () => {
    // "Société" saved by a spreadsheet on Windows: é is the single byte 0xE9.
    const result = decodeText(bytes(...utf8('Id,Label\n1,Soci'), 0xe9, ...utf8('t'), 0xe9), 'shipments.csv');
    expect(result.text).toBe('Id,Label\n1,Société');
    expect(result.problems).toEqual([
      {
        code: 'not-utf8',
        file: 'shipments.csv',
        line: 2,
        message: expect.stringContaining('byte 0xE9 at line 2 is not UTF-8'),
      },
    ]);
  });

  it('finds truncated and overlong sequences', () => {
    expect(firstInvalidUtf8(utf8('aé'))).toBe(3);
    expect(firstInvalidUtf8(bytes(0x61, 0xc3))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xc0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x28, 0xa1))).toBe(1);
  });

  it.each([
    ['a surrogate (CESU-8, "MySQL utf8")', [0x61, 0x0a, 0xed, 0xa0, 0x80], 2, 2],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0, 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0, 1],
  ])('finds %s, which the strict decoder also refuses, and reads on as Windows-1252', (_, values, offset, line) => {
    expect(firstInvalidUtf8(bytes(...values))).toBe(offset);
    const result = decodeText(bytes(...values), 'x.csv');
    expect(result.problems[0]!.line).toBe(line);
    expect(result.text).toHaveLength(values.length);
  });
});
