import type { CorpusCase } from './case';

/**
 * The hostile corpus's files of GraphML (src/test/fixtures/hostile/, listed in its README), and what
 * importing each must give. Graph files without kind, role or country
 * get the report's count of each default.
 */
export const GRAPHML_CASES: CorpusCase[] = [
  {
    file: 'graphml-billion-laughs.graphml',
    format: 'graphml',
    tries: 'a billion-laughs DOCTYPE',
    problems: [
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['&lol9;', 'Beta'],
    links: 1,
    verbatim: ['&lol9;'],
  },
  {
    file: 'graphml-bom-crlf.graphml',
    format: 'graphml',
    tries: 'a byte-order mark and CRLF line ends',
    problems: [
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['Alpha', 'Beta'],
    links: 1,
  },
  {
    file: 'graphml-crafted-ids.graphml',
    format: 'graphml',
    tries:
      'node ids empty, of 10,000 characters, only punctuation, repeated; edge ids repeated, an edge with no ends, a hyperedge',
    problems: [
      'line 12, hyperedge 1: joins 3 nodes at once; a link joins two entities, so it is passed over',
      'line 4, node "": has no id; the node is left out',
      'line 8, node "a": has the id "a" of an earlier node; the node is left out',
      'line 10, edge "a": has the id "a" of an earlier edge; the edge is left out',
      'line 11, edge "b": lacks a source or a target; the edge is left out',
      'the file: 3 entities have no kind; they are imported as companies',
      'the file: 3 entities have no role; imported as other',
      'the file: 3 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['xxxxxxxxxxxx… (10,000 characters)', '!!!', 'a'],
    links: 1,
  },
  {
    file: 'graphml-deep-nesting.graphml',
    format: 'graphml',
    tries: 'graphs nested in nodes 1,000 deep',
    problems: ['file: nests elements more than 100 levels deep; this app reads no deeper, so the file is not read'],
    kept: [],
  },
  {
    file: 'graphml-external-entity.graphml',
    format: 'graphml',
    tries: 'a PUBLIC external entity',
    problems: ['line 4: declares an entity read from another file or address (SYSTEM or PUBLIC) in its DOCTYPE'],
    kept: [],
  },
  {
    file: 'graphml-nested-groups.graphml',
    format: 'graphml',
    tries: 'graphs nested in nodes 40 deep (within the limit)',
    problems: [
      'the file: 41 entities have no kind; they are imported as companies',
      'the file: 41 entities have no role; imported as other',
      'the file: 41 entities have no country; filed under Unknown',
    ],
    kept: Array.from({ length: 41 }, (_, i) => `n${i}`),
  },
  {
    file: 'graphml-proto-names.graphml',
    format: 'graphml',
    tries:
      'keys named `__proto__` and `constructor`, node ids `__proto__`, `constructor`, `hasOwnProperty`, a `prototype` element',
    problems: [
      'file: uses the name "__proto__" for an element or attribute; it is passed over',
      'file: uses the name "prototype" for an element or attribute; it is passed over',
      'the file: 3 entities have no kind; they are imported as companies',
      'the file: 3 entities have no role; imported as other',
      'the file: 3 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['Proto node', 'Constructor node', 'HasOwn node'],
    links: 1,
  },
  {
    file: 'graphml-script.graphml',
    format: 'graphml',
    tries: 'script in a yEd label, markup in CDATA notes, `javascript:` as a label, script in an edge note',
    problems: [
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['<script>alert(1)</script>Alpha', 'javascript:alert(3)'],
    links: 1,
    verbatim: ['<img src=x onerror=alert(2)>', '<script>alert(4)</script>'],
  },
  {
    file: 'graphml-truncated.graphml',
    format: 'graphml',
    tries: 'cut off inside an edge',
    problems: ['line 9: is not well-formed XML'],
    kept: [],
  },
  {
    file: 'graphml-utf16le.graphml',
    format: 'graphml',
    tries: 'UTF-16 little-endian with a byte-order mark',
    problems: [
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['Ōbayashi 大林組', 'Ростех'],
    links: 1,
  },
];
