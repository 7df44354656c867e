import type { CorpusCase } from './case';

/**
 * The hostile corpus's files of GEXF (src/test/fixtures/hostile/, listed in its README), and what
 * importing each must give. Graph files without kind, role or country
 * get the report's count of each default.
 */
export const GEXF_CASES: CorpusCase[] = [
  {
    file: 'gexf-billion-laughs.gexf',
    format: 'gexf',
    tries: 'a billion-laughs DOCTYPE (ten levels of ten)',
    problems: [
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['&lol9;', 'Beta & Co'],
    links: 1,
    verbatim: ['&lol9;'],
  },
  {
    file: 'gexf-crafted-ids.gexf',
    format: 'gexf',
    tries: "node ids empty, of 10,000 characters, only punctuation, repeated; an edge id that is a node's, repeated",
    problems: [
      'line 5, node "": has no id; the node is left out',
      'line 9, node "a": has the id "a" of an earlier node; the node is left out',
      'line 13, edge "a": has the id "a" of an earlier edge; the edge is left out',
      'the file: 3 entities have no kind; they are imported as companies',
      'the file: 3 entities have no role; imported as other',
      'the file: 3 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
    ],
    kept: ['Long id', 'Punctuation id', 'Alpha'],
    links: 1,
  },
  {
    file: 'gexf-deep-nesting.gexf',
    format: 'gexf',
    tries: 'nodes nested 1,000 deep',
    problems: ['file: nests elements more than 100 levels deep; this app reads no deeper, so the file is not read'],
    kept: [],
  },
  {
    file: 'gexf-external-entity.gexf',
    format: 'gexf',
    tries: 'external entities (`file:///etc/passwd`, an http address)',
    problems: ['line 3: declares an entity read from another file or address (SYSTEM or PUBLIC) in its DOCTYPE'],
    kept: [],
  },
  {
    file: 'gexf-parameter-entity.gexf',
    format: 'gexf',
    tries: 'a parameter entity that loads a DTD',
    problems: ['line 3: declares a parameter entity (<!ENTITY % …>) in its DOCTYPE, which this app does not expand'],
    kept: [],
  },
  {
    file: 'gexf-proto-names.gexf',
    format: 'gexf',
    tries: '`__proto__` and `constructor` as attribute titles and ids, node ids, an XML attribute and an element',
    problems: [
      'file: uses the name "__proto__" for an element or attribute; it is passed over',
      'the file: 3 entities have no kind; they are imported as companies',
      'the file: 3 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 2 edges have no type; imported as supplies',
    ],
    kept: ['Proto node', 'Constructor node', 'HasOwn node'],
    links: 2,
  },
  {
    file: 'gexf-script.gexf',
    format: 'gexf',
    tries: 'script and markup in labels, notes, aliases and an edge label; a `javascript:` source in the record',
    problems: [
      'line 12, node "b": cites source "js", which is not in the file or not valid; the citation is dropped',
      'line 15, edge "e": link type "<script>alert(6)</script>" is not one of',
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'line 12, node "b".sources[0].url: must be an http(s) URL; the record is left out',
    ],
    kept: ['<script>alert(1)</script>Alpha', 'javascript:alert(4)'],
    links: 1,
    verbatim: ['<img src=x onerror=alert(2)>', 'javascript:alert(3)'],
  },
  {
    file: 'gexf-truncated.gexf',
    format: 'gexf',
    tries: 'cut off inside an edge',
    problems: ['line 11: is not well-formed XML'],
    kept: [],
  },
  {
    file: 'gexf-windows-1252.gexf',
    format: 'gexf',
    tries: 'Windows-1252 bytes, declared in the XML declaration',
    problems: [
      'line 5: is not UTF-8 text (byte 0xFC at line 5 is not UTF-8), so it was read as Windows-1252',
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 2 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
    ],
    kept: ['Müller GmbH', 'Société Générale'],
  },
  {
    file: 'gexf-wrong-types.gexf',
    format: 'gexf',
    tries:
      'an integer country, a list for a kind, records that are a list and broken JSON, a share of "lots", a node without an id, edges without an end or to a missing node',
    problems: [
      'line 15, node "b": the "supply_lines" record is not an object; it is passed over',
      'line 16, node "c": the "supply_lines" record is not valid JSON',
      'line 14, node "a": kind "[1,2]" is not one of',
      'line 14, node "a": country "42" is neither a country code nor an English country name; filed under Unknown',
      'line 17, node 4: has no id; the node is left out',
      'line 20, edge "e1": share "lots" is not a percentage from 0 to 100; it is passed over',
      'line 21, edge "e2": lacks a source or a target; the edge is left out',
      'line 22, edge "e3": joins node "ghost", which is not in the file; the edge is left out',
      'the file: 2 entities have no kind; they are imported as companies',
      'the file: 3 entities have no role; imported as other',
      'the file: 2 entities have no country; filed under Unknown',
      'the file: 1 edge has no type; imported as supplies',
      'line 20, edge "e1".period.from: must be a date written YYYY-MM-DD, YYYY-MM or YYYY; the record is left out',
    ],
    kept: ['Alpha', 'Beta', 'Gamma'],
  },
];
