import type { CorpusCase } from './case';

/**
 * The hostile corpus's files of FollowTheMoney JSON lines (src/test/fixtures/hostile/, listed in its README), and what
 * importing each must give.
 */
export const FTM_CASES: CorpusCase[] = [
  {
    file: 'ftm-bom-crlf.ftm.json',
    format: 'ftm',
    tries: 'a byte-order mark and CRLF line ends',
    problems: [],
    kept: ['Alpha', 'Beta'],
    links: 1,
  },
  {
    file: 'ftm-crafted-ids.ftm.json',
    format: 'ftm',
    tries:
      "ids empty, of 10,000 characters, only punctuation, `__proto__`, `constructor`, `hasOwnProperty`; an Ownership with an entity's id",
    problems: [
      'line 1, entities[0].id: must not be empty; the record is left out',
      'line 1, entities[0].id: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'line 2, entities[1].id: must be at most 200 characters; the record is left out',
      'line 3, entities[2].id: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'line 4, entities[3].id: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'line 8, links[1].target: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'line 7, links[0]: "constructor" is also the id of an entity; left out',
    ],
    kept: ['Constructor id', 'HasOwn id'],
    links: 1,
  },
  {
    file: 'ftm-deep-nesting.ftm.json',
    format: 'ftm',
    tries: 'entities nested 121 deep, a value 5,000 lists deep',
    problems: [
      'line 2: nests entities more than 100 levels deep; "own50" and what it holds are passed over',
      'line 3: Company "deep-values" has values in "notes" that are neither text nor an entity; they are passed over',
    ],
    kept: ['Top company', ...Array.from({ length: 51 }, (_, i) => `Level ${50 - i}`), 'Deep values'],
    links: 50,
  },
  {
    file: 'ftm-proto-keys.ftm.json',
    format: 'ftm',
    tries: '`__proto__`, `constructor` and `hasOwnProperty` as record and property keys, referents and values',
    problems: [
      'line 3: Sanction "s" has "__proto__" not as a list of values; it is passed over',
      'line 4: Ownership "o" has "constructor" not as a list of values; it is passed over',
      'line 2: country "__proto__" is not a country Supply Lines knows; it is left out',
    ],
    kept: ['Alpha', 'Beta'],
    links: 1,
    listings: 1,
  },
  {
    file: 'ftm-schema-constructor.ftm.json',
    format: 'ftm',
    tries:
      'schemata named `constructor`, `__proto__`, `hasOwnProperty`, `toString`; sanctions of authority `constructor`',
    problems: [],
    kept: ['Kept company'],
    listings: 1,
    notes: [
      'Not drawn: 1 __proto__, 1 constructor, 1 hasOwnProperty, 1 t',
      '1 link or sanction reaches a thing that is not drawn (constr',
    ],
  },
  {
    file: 'ftm-script.ftm.json',
    format: 'ftm',
    tries:
      'script and markup in names, aliases, notes, addresses, identifiers, sanction and ownership fields; `javascript:`, `data:`, `vbscript:` source URLs',
    problems: [
      'line 1: Company "a" has sourceUrl "javascript:alert(3)", which is not an http(s) address; it is passed over',
      'line 2: Company "b" has sourceUrl "data:text/html,<script>alert(5)</script>", which is not an http(s) address; it is passed over',
      'line 3: Sanction "s" has sourceUrl "vbscript:msgbox(6)", which is not an http(s) address; it is passed over',
    ],
    kept: ['<script>alert(1)</script>Alpha', 'javascript:alert(4)'],
    links: 1,
    listings: 1,
    verbatim: ['<img src=x onerror=alert(2)>', '<a href="javascript:alert(2)">x</a>', 'javascript:alert(1)'],
  },
  {
    file: 'ftm-truncated.ftm.json',
    format: 'ftm',
    tries: 'the last line cut off',
    problems: ['line 3: is not valid JSON'],
    kept: ['Alpha', 'Beta'],
  },
  {
    file: 'ftm-utf16le.ftm.json',
    format: 'ftm',
    tries: 'UTF-16 little-endian with a byte-order mark',
    problems: [],
    kept: ['Ōbayashi 大林組', 'Ростех'],
  },
  {
    file: 'ftm-windows-1252.ftm.json',
    format: 'ftm',
    tries: 'Windows-1252 bytes',
    problems: ['line 1: is not UTF-8 text (byte 0xFC at line 1 is not UTF-8), so it was read as Windows-1252'],
    kept: ['Müller GmbH', 'Société Générale'],
  },
  {
    file: 'ftm-wrong-types.ftm.json',
    format: 'ftm',
    tries:
      'a number id, a list schema, a list of properties, a property that is text, numbers and null among values; lines that are null, a list, text, a number',
    problems: [
      'line 2: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): "id" is a number, not text',
      'line 3: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): "schema" is a list, not text',
      'line 4: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): "properties" is a list, not an object',
      'line 5: Company "text-name" has "name", "country" not as a list of values; they are passed over',
      'line 6: Company "odd-values" has values in "name", "country" that are neither text nor an entity; they are passed over',
      'line 7: Ownership "own" has values in "owner" that are neither text nor an entity; they are passed over',
      'line 8: Sanction "san" has values in "authority" that are neither text nor an entity; they are passed over',
      'line 9: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): it is null, not an object',
      'line 10: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): it is a list, not an object',
      'line 11: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): it is text, not an object',
      'line 12: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): it is a number, not an object',
      'line 7: Ownership "own" names no owner; left out',
      'line 8: Sanction "san" has startDate "soon", which is not a date; it is passed over',
    ],
    kept: ['Kept', 'text-name', 'Odd values'],
    listings: 1,
  },
];
