import type { CorpusCase } from './case';

/**
 * The hostile corpus's files of Cytoscape JSON (src/test/fixtures/hostile/, listed in its README), and what
 * importing each must give. Graph files without kind, role or country
 * get the report's count of each default.
 */
export const CYTOSCAPE_JSON_CASES: CorpusCase[] = [
  {
    file: 'cyjs-deep-nesting.cyjs',
    format: 'cytoscape-json',
    tries: 'notes, aliases and items 5,000 deep, sources 3,000 deep',
    problems: [
      'data.sources[0]: a record of "sources" is not an object; it is passed over',
      'elements.nodes[0].data: "notes" is not text; it is passed over',
      'elements.edges[0].data: "items" holds something other than text; it is passed over',
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['Alpha', 'Beta'],
    links: 1,
  },
  {
    file: 'cyjs-proto-keys.cyjs',
    format: 'cytoscape-json',
    tries: '`__proto__`, `constructor` and `hasOwnProperty` as data keys, node ids and an edge id',
    problems: [
      'the file: 3 entities have no kind; they are imported as companies',
      'the file: 3 entities have no role; imported as other',
      'the file: 3 entities have no country; filed under Unknown',
      'the file: 2 edges have no type; imported as supplies',
      'data.sources[0]: has an unknown field "__proto__"; the record is left out',
    ],
    kept: ['Proto node', 'Constructor node', 'HasOwn node'],
    links: 2,
  },
  {
    file: 'cyjs-script.cyjs',
    format: 'cytoscape-json',
    tries: 'script and markup in names, aliases, notes, items, a source title; `javascript:` and `data:` source URLs',
    problems: [
      'elements.nodes[0].data: cites source "js", which is not in the file or not valid; the citation is dropped',
      'elements.nodes[0].data: cites source "data", which is not in the file or not valid; the citation is dropped',
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'data.sources[0].url: must be an http(s) URL; the record is left out',
      'data.sources[1].url: must be an http(s) URL; the record is left out',
    ],
    kept: ['<script>alert(1)</script>Alpha', 'javascript:alert(3)'],
    links: 1,
    verbatim: ['<img src=x onerror=alert(2)>', '<a href="javascript:alert(2)">x</a>', 'javascript:alert(1)'],
  },
  {
    file: 'cyjs-truncated.cyjs',
    format: 'cytoscape-json',
    tries: 'cut off inside a node',
    problems: ['line 14: is not valid JSON'],
    kept: [],
  },
  {
    file: 'cyjs-windows-1252.cyjs',
    format: 'cytoscape-json',
    tries: 'Windows-1252 bytes',
    problems: [
      'line 8: is not UTF-8 text (byte 0xFC at line 8 is not UTF-8), so it was read as Windows-1252',
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['Müller GmbH', 'Société Générale'],
    links: 1,
  },
  {
    file: 'cyjs-wrong-types.cyjs',
    format: 'cytoscape-json',
    tries:
      'a number id and target, a list for a name, an object for a kind, true for a name, data that is a list, elements that are text and null',
    problems: [
      'elements.nodes[3]: has no "data" object; it is left out',
      'elements.nodes[4]: has no "data" object; it is left out',
      'elements.nodes[5]: has no "data" object; it is left out',
      'elements.nodes[1].data: "id" is a number, not text; read as "7"',
      'elements.nodes[2].data: "kind" is not text; it is passed over',
      'elements.nodes[2].data: "country" is a number, not text; read as "7"',
      'elements.nodes[2].data: country "7" is neither a country code nor an English country name; filed under Unknown',
      'elements.nodes[2].data: "name" is not text; it is passed over',
      'elements.nodes[6].data: "name" is true or false, not text; read as "true"',
      'elements.edges[0].data: "target" is a number, not text; read as "7"',
      'elements.edges[1].data: "interaction" is not text; it is passed over',
      'elements.edges[1].data: share "lots" is not a percentage from 0 to 100; it is passed over',
      'elements.edges[2].data: share "150" is not a percentage from 0 to 100; it is passed over',
      'the file: 4 entities have no kind; they are imported as companies',
      'the file: 4 entities have no role; imported as other',
      'the file: 3 entities have no country; filed under Unknown',
      'the file: 2 edges have no type; imported as supplies',
    ],
    kept: ['Kept', 'Number id', 'arr', 'true'],
    links: 3,
  },
];
