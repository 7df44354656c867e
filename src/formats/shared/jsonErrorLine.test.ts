import { describe, expect, it } from 'vitest';
import { lineOfJsonError } from './jsonErrorLine';

const text = '{\n  "a": 1,\n  "b": x\n}\n';

describe('lineOfJsonError', () => {
  it.each([
    ['V8 (Node, Chrome), by position', 'Unexpected token x in JSON at position 20', { line: 3 }],
    [
      'V8 of late, with line and column',
      'Unexpected token \'x\', ..."  "b": x\n}" is not valid JSON at position 20 (line 3 column 8)',
      { line: 3 },
    ],
    ['Firefox', 'JSON.parse: unexpected character at line 3 column 8 of the JSON data', { line: 3 }],
    ['text that ends too soon', 'Unexpected end of JSON input', { line: 4 }],
    [
      'a position past the end: the last line with text',
      "Expected ',' or '}' after property value in JSON at position 26",
      { line: 4 },
    ],
    ['a message quoting "line 9" from the file', 'Unexpected token \'l\', "line 9 is here" is not valid JSON', {}],
    ['no place given', 'Bad control character in string literal', {}],
  ])('%s', (_, message, expected) => {
    expect(lineOfJsonError(text, message)).toEqual(expected);
  });
});
