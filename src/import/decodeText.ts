import type { ImportProblem } from '../formats/shared/draft';

/**
 * Turns a file's bytes into text. UTF-8 (with or without a byte-order mark) and UTF-16 with a mark
 * are read as they are. Anything else is read as Windows-1252, the encoding a spreadsheet on Windows
 * saves, with a problem that says where the first byte that is not UTF-8 sits, so the user can check
 * the accented names, or save the file as UTF-8.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; problems: ImportProblem[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problems: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problems: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), problems: [] };
  } catch {
    const at = Math.min(firstInvalidUtf8(bytes), bytes.length - 1);
    const line = lineAt(bytes, at);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      problems: [
        {
          code: 'not-utf8',
          file,
          line,
          message: `is not UTF-8 text (byte 0x${byte} at line ${line} is not UTF-8), so it was read as Windows-1252; check accented names, or save the file as UTF-8 and import it again`,
        },
      ],
    };
  }
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence, by the Unicode
 * table of well-formed sequences: no overlong forms (E0 needs A0–BF next, F0 90–BF), no surrogates
 * (ED needs 80–9F), nothing past U+10FFFF (F4 needs 80–8F).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
