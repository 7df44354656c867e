import type { CorpusCase } from './case';

/**
 * The hostile corpus's files of the project format (data/README.md) (src/test/fixtures/hostile/, listed in its README), and what
 * importing each must give.
 */
export const PROJECT_JSON_CASES: CorpusCase[] = [
  {
    file: 'project-bom-crlf.json',
    format: 'project-json',
    tries: 'a UTF-8 byte-order mark and CRLF line ends',
    problems: [],
    kept: ['Name a', 'Name b'],
    links: 1,
  },
  {
    file: 'project-crafted-ids.json',
    format: 'project-json',
    tries:
      "ids empty, of 10,000 characters, only punctuation, `__proto__`, `constructor`, `hasOwnProperty`, `toString`; a link id that is an entity's",
    problems: [
      'entities[0].id: must not be empty; the record is left out',
      'entities[0].id: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'entities[1].id: must be at most 200 characters; the record is left out',
      'entities[2].id: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'entities[3].id: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'links[2].target: may hold only letters, digits and . _ : - (no spaces); the record is left out',
      'links[0]: "constructor" is also the id of an entity; left out',
    ],
    kept: ['Name constructor', 'Name hasOwnProperty', 'Name toString'],
    links: 1,
  },
  {
    file: 'project-deep-nesting.json',
    format: 'project-json',
    tries: 'an unknown field 5,000 lists deep, notes 5,000 objects deep, an opening view 3,000 deep',
    problems: [
      'entities[1]: has an unknown field "extra"; the record is left out',
      'entities[2].notes: must be a string; the record is left out',
      'view: has an opening view that is not valid; it is passed over',
    ],
    kept: ['Name ok'],
  },
  {
    file: 'project-proto-keys.json',
    format: 'project-json',
    tries: '`__proto__` and `constructor` keys at the top, in a source, an entity and the view',
    problems: [
      'sources[1]: has an unknown field "__proto__"; the record is left out',
      'entities[1]: has an unknown field "__proto__"; the record is left out',
      'view: has an opening view that is not valid; it is passed over',
    ],
    kept: ['__proto__', 'constructor'],
  },
  {
    file: 'project-script.json',
    format: 'project-json',
    tries: 'script and markup in every text field; `javascript:`, `data:` and `vbscript:` source URLs',
    problems: [
      'sources[1].url: must be an http(s) URL; the record is left out',
      'sources[2].url: must be an http(s) URL; the record is left out',
      'sources[3].url: must be an http(s) URL; the record is left out',
      'entities[2].sources: cites source "s-js", which is not in the file; the citation is dropped',
      'entities[2]: has no source left; the record is left out',
    ],
    kept: ['<script>alert(1)</script>Alpha', 'javascript:alert(9)'],
    links: 1,
    listings: 1,
    verbatim: ['<img src=x onerror=alert(2)>', '<a href="javascript:alert(8)">x</a>', 'javascript:alert(7)'],
  },
  {
    file: 'project-truncated.json',
    format: 'project-json',
    tries: 'cut off in the middle of an entity',
    problems: ['line 26: is not valid JSON'],
    kept: [],
  },
  {
    file: 'project-utf16le.json',
    format: 'project-json',
    tries: 'UTF-16 little-endian with a byte-order mark, Japanese and Cyrillic names',
    problems: [],
    kept: ['Ōbayashi 大林組', 'Ростех'],
  },
  {
    file: 'project-windows-1252.json',
    format: 'project-json',
    tries: 'Windows-1252 bytes (Müller, Société Générale)',
    problems: ['line 17: is not UTF-8 text (byte 0xFC at line 17 is not UTF-8), so it was read as Windows-1252'],
    kept: ['Müller GmbH', 'Société Générale'],
  },
  {
    file: 'project-wrong-types.json',
    format: 'project-json',
    tries:
      'a number for a name, a country and the title, text for aliases and sources, a list for a kind, an object for the rounds list, text for a share',
    problems: [
      'rounds: must be a list',
      'entities[0].name: must be a string; the record is left out',
      'entities[1].aliases: must be an array; the record is left out',
      'entities[2].kind: must be one of "company", "person", "agency", "organisation", "programme", "vessel", "aircraft"; the record is left out',
      'entities[3].sources: must be an array; the record is left out',
      'entities[4].country: must be a string; the record is left out',
      'links[0].share: must be a number; the record is left out',
    ],
    kept: ['Name ok'],
  },
];
