import { describe, expect, it } from 'vitest';
import { readCsvRows } from './csvRows';

describe('readCsvRows', () => {
  it('gives each row the line it starts on, past quoted line breaks and blank lines', () => {
    const { headers, rows } = readCsvRows('\uFEFFId,Label\r\na,"Multi\r\nline"\r\n\r\n\r\nb,Beta\r\n');
    expect(headers).toEqual(['Id', 'Label']);
    expect(rows).toEqual([
      { cells: ['a', 'Multi\r\nline'], line: 2 },
      { cells: ['b', 'Beta'], line: 6 },
    ]);
  });

  it('puts a broken quote on the line where its row starts, and says which lines it swallowed', () => {
    expect(readCsvRows('Id,Label\na,"Alpha\n').errors).toEqual([{ line: 2, message: 'Quoted field unterminated' }]);
    expect(readCsvRows('Id,Label\na,"Alpha\nb,Beta\r\n\nc,Gamma\n').errors).toEqual([
      {
        line: 2,
        message:
          'Quoted field unterminated: a quote opened on this line never closes, so lines 2 to 5 are read as one cell of this row',
      },
    ]);
  });

  it.each([
    [
      'cells past the header that hold something',
      'Id,Label\na,Alpha,RU,extra\nb,Beta\n',
      [
        {
          line: 2,
          message: 'has 4 cells, more than the 2 columns of the first line; the cells past them are passed over',
        },
      ],
    ],
    ['a million empty cells past the header', `Id,Label\na,Alpha${','.repeat(1_000_000)}\n`, []],
    ['a row with fewer cells', 'Id,Label,Country\na\n', []],
  ])('reports %s on its line', (_, text, errors) => {
    expect(readCsvRows(text).errors).toEqual(errors);
  });

  it('detects semicolons and tabs as delimiters', () => {
    expect(readCsvRows('Id;Label\na;Alpha\n').rows[0]!.cells).toEqual(['a', 'Alpha']);
    expect(readCsvRows('Id\tLabel\na\tAlpha\n').rows[0]!.cells).toEqual(['a', 'Alpha']);
  });
});
