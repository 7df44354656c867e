import type { CorpusCase } from './case';

/**
 * The hostile corpus's files of the US Consolidated Screening List, CSV and JSON (src/test/fixtures/hostile/, listed in its README), and what
 * importing each must give.
 */
export const CSL_CASES: CorpusCase[] = [
  {
    file: 'csl-bom-crlf.csv',
    format: 'csl',
    tries: 'a byte-order mark and CRLF line ends',
    problems: [],
    kept: ['Alpha', 'Beta'],
    listings: 2,
  },
  {
    file: 'csl-constructor-source.csv',
    format: 'csl',
    tries:
      'sources ending "- constructor", "- __proto__", "- hasOwnProperty", and lists named `toString`, `__proto__ (constructor)`',
    problems: [],
    kept: ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'],
    listings: 5,
  },
  {
    file: 'csl-crafted-ids.csv',
    format: 'csl',
    tries:
      '`_id`s empty, of 10,000 characters, only punctuation, `__proto__`, `constructor` (twice); an entity number `hasOwnProperty`',
    problems: [],
    kept: ['No id', 'Long id', 'Punctuation id', 'Proto id', 'Constructor id', 'Constructor id again', 'Entity number'],
    listings: 7,
  },
  {
    file: 'csl-script.json',
    format: 'csl',
    tries: 'script and markup in names, aliases, addresses, programmes, notices; `javascript:` and `data:` list URLs',
    problems: [
      'results[0]: source_list_url "javascript:alert(2)" is not an http(s) address; it is left out',
      'results[0]: source_information_url "data:text/html,<script>alert(3)</script>" is not an http(s) address; it is left out',
    ],
    kept: ['<script>alert(1)</script>Alpha', 'javascript:alert(4)'],
    listings: 2,
    verbatim: ['<img src=x onerror=alert(2)>', 'javascript:alert(1)'],
  },
  {
    file: 'csl-truncated.json',
    format: 'csl',
    tries: 'Screening List JSON cut off in a row',
    problems: ['line 13: is not valid JSON'],
    kept: [],
  },
  {
    file: 'csl-utf16le.json',
    format: 'csl',
    tries: 'UTF-16 little-endian with a byte-order mark',
    problems: [],
    kept: ['Ōbayashi 大林組'],
    listings: 1,
  },
  {
    file: 'csl-windows-1252.csv',
    format: 'csl',
    tries: 'Windows-1252 bytes',
    problems: ['line 2: is not UTF-8 text (byte 0xE9 at line 2 is not UTF-8), so it was read as Windows-1252'],
    kept: ['Société Générale'],
    listings: 1,
  },
  {
    file: 'csl-wrong-types.json',
    format: 'csl',
    tries:
      'a number and a list for a name, a number for a date, text for lists, an object for the source; rows that are null, text, a list',
    problems: [
      "results[6]: is not a row (an object with the list's columns); left out",
      "results[7]: is not a row (an object with the list's columns); left out",
      "results[8]: is not a row (an object with the list's columns); left out",
      'results[2]: has a name that is a list, not text; the row is left out',
      'results[3]: start_date "20230925" is not a date written YYYY-MM-DD; it is left out',
      'results[5]: has no source (the list it is on); it is filed under "Consolidated Screening List"',
    ],
    kept: ['Kept', '4242', 'Numeric date', 'Text addresses', 'Object source'],
    listings: 5,
  },
];
