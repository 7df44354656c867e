import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { parseCytoscapeJson } from './read';

const problems = (draft: ReturnType<typeof parseCytoscapeJson>) => draft.problems.map(formatImportProblem).join('\n');
const cyjs = (nodes: unknown, edges: unknown = []) => JSON.stringify({ elements: { nodes, edges } });

/** As Cytoscape desktop 3.10 exports a network: SUIDs, shared names, `interaction` on edges, ids as text. */
const CYTOSCAPE_DESKTOP = `{
  "format_version" : "1.0",
  "generated_by" : "cytoscape-3.10.2",
  "target_cytoscapejs_version" : "~2.1",
  "data" : {
    "shared_name" : "procurement.sif",
    "name" : "procurement.sif",
    "SUID" : 52,
    "__Annotations" : [ ],
    "selected" : true
  },
  "elements" : {
    "nodes" : [ {
      "data" : { "id" : "104", "shared_name" : "Shenzhen Jinghon", "name" : "Shenzhen Jinghon", "SUID" : 104, "country" : "CN", "role" : "supplier", "selected" : false },
      "position" : { "x" : -52.0, "y" : 10.5 },
      "selected" : false
    }, {
      "data" : { "id" : "106", "shared_name" : "Orlan", "name" : "Orlan", "SUID" : 106, "country" : "Russia", "type" : "Organisation", "selected" : false },
      "position" : { "x" : 80.0, "y" : 10.5 },
      "selected" : false
    }, {
      "data" : { "id" : "108", "shared_name" : "GRU", "name" : "GRU", "SUID" : 108, "selected" : false },
      "position" : { "x" : 200.0, "y" : 10.5 },
      "selected" : false
    } ],
    "edges" : [ {
      "data" : { "id" : "110", "source" : "104", "target" : "106", "shared_name" : "Shenzhen Jinghon (supplies) Orlan", "shared_interaction" : "supplies", "name" : "Shenzhen Jinghon (supplies) Orlan", "interaction" : "supplies", "SUID" : 110, "selected" : false },
      "selected" : false
    }, {
      "data" : { "id" : "112", "source" : "106", "target" : "108", "shared_name" : "Orlan (pp) GRU", "shared_interaction" : "pp", "name" : "Orlan (pp) GRU", "interaction" : "pp", "SUID" : 112, "selected" : false },
      "selected" : false
    } ]
  }
}`;

describe('parseCytoscapeJson', () => {
  it('reads a network Cytoscape desktop exported: names, interactions and attributes', () => {
    const draft = parseCytoscapeJson(CYTOSCAPE_DESKTOP, 'procurement.cyjs');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.name).toBe('procurement');
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.kind, e.role, e.country])).toEqual([
      ['104', 'Shenzhen Jinghon', 'company', 'supplier', 'CN'],
      ['106', 'Orlan', 'organisation', 'other', 'RU'],
      ['108', 'GRU', 'company', 'other', 'ZZ'],
    ]);
    expect(draft.dataset.links.map((l) => [l.id, l.source, l.target, l.kind, l.notes])).toEqual([
      ['110', '104', '106', 'supplies', undefined],
      ['112', '106', '108', 'supplies', 'Type in the file: pp'],
    ]);
    expect(draft.dataset.sources).toEqual([
      { id: 'imported-file', title: 'procurement.cyjs', publisher: 'Imported file' },
    ]);
    expect(problems(draft).split('\n')).toEqual([
      'procurement.cyjs, elements.edges[1].data: link type "pp" is not one of supplies, ships, pays, procures-for, produces-for, owns, controls, part-of, directs, employs, member-of, represents, family, associated-with; imported as supplies',
      'procurement.cyjs, the file: 2 entities have no kind; they are imported as companies',
      'procurement.cyjs, the file: 2 entities have no role; imported as other',
      'procurement.cyjs, the file: 1 entity has no country; filed under Unknown',
    ]);
  });

  it('reads Cytoscape.js elements as one list, each with its group', () => {
    const text = JSON.stringify({
      elements: [
        { group: 'nodes', data: { id: 'a', label: 'Alpha', kind: 'person' } },
        { data: { id: 'b', name: 'Beta' } },
        { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', kind: 'employs' } },
      ],
    });
    const draft = parseCytoscapeJson(text, 'cy.json');
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.kind])).toEqual([
      ['a', 'Alpha', 'person'],
      ['b', 'Beta', 'company'],
    ]);
    expect(draft.dataset.links).toMatchObject([{ id: 'ab', source: 'a', target: 'b', kind: 'employs' }]);
  });

  describe('broken or hostile input gives problems, never a throw', () => {
    it('malformed JSON, with its line where the parser gives it', () => {
      const draft = parseCytoscapeJson('{\n  "elements": {"nodes": []}\n  "data": {}\n}', 'x.cyjs');
      expect(problems(draft)).toMatch(/^x\.cyjs, line 3: is not valid JSON: /);
      expect(draft.dataset.entities).toEqual([]);
      expect(problems(parseCytoscapeJson('{\n  "elements": {\n    "nodes": [', 'x.cyjs'))).toMatch(
        /^x\.cyjs, line 3: is not valid JSON: /,
      );
      expect(problems(parseCytoscapeJson('{"elements": {"nodes": [,]}}', 'x.cyjs'))).toMatch(
        /^x\.cyjs: is not valid JSON: /,
      );
    });

    it('an empty file', () => {
      expect(problems(parseCytoscapeJson('', 'x.cyjs'))).toBe('x.cyjs: is empty');
    });

    it.each([
      ['a list', '[1, 2]', 'x.cyjs: is not Cytoscape JSON: it must be a JSON object with "elements"'],
      ['a number', '42', 'x.cyjs: is not Cytoscape JSON: it must be a JSON object with "elements"'],
      [
        'no elements',
        '{"data": {}}',
        'x.cyjs, elements: is not Cytoscape JSON: "elements" must hold the lists "nodes" and "edges", or be a list',
      ],
      ['elements as text', '{"elements": "nodes"}', 'x.cyjs, elements: is not Cytoscape JSON'],
    ])('a document that is %s', (_, text, expected) => {
      expect(problems(parseCytoscapeJson(text, 'x.cyjs'))).toContain(expected);
    });

    it('elements.nodes that is not a list, and elements without data', () => {
      const draft = parseCytoscapeJson(
        '{"elements": {"nodes": {"data": {"id": "a"}}, "edges": [null, {"data": "x"}]}}',
        'x.cyjs',
      );
      expect(problems(draft)).toContain('x.cyjs, elements.nodes: is not a list; it is passed over');
      expect(problems(draft)).toContain('x.cyjs, elements.edges[0]: has no "data" object; it is left out');
      expect(problems(draft)).toContain('x.cyjs, elements.edges[1]: has no "data" object; it is left out');
      expect(problems(draft)).toContain('x.cyjs, the file: has no nodes');
    });

    it('numbers and other values where text is expected', () => {
      const draft = parseCytoscapeJson(
        cyjs(
          [
            { data: { id: 7, name: 42, country: ['RU'], aliases: ['A', 3] } },
            { data: { id: 'b', name: { first: 'x' } } },
          ],
          [{ data: { source: 7, target: 'b', interaction: true } }],
        ),
        'x.cyjs',
      );
      const text = problems(draft);
      expect(text).toContain('x.cyjs, elements.nodes[0].data: "id" is a number, not text; read as "7"');
      expect(text).toContain('x.cyjs, elements.nodes[0].data: "name" is a number, not text; read as "42"');
      expect(text).toContain('x.cyjs, elements.nodes[0].data: "country" is not text; it is passed over');
      expect(text).toContain(
        'x.cyjs, elements.nodes[0].data: "aliases" holds something other than text; it is passed over',
      );
      expect(text).toContain('x.cyjs, elements.nodes[1].data: "name" is not text; it is passed over');
      expect(text).toContain(
        'x.cyjs, elements.edges[0].data: "interaction" is true or false, not text; read as "true"',
      );
      expect(draft.dataset.entities.map((e) => [e.id, e.name, e.aliases])).toEqual([
        ['7', '42', ['A']],
        ['b', 'b', []],
      ]);
      expect(draft.dataset.links).toMatchObject([{ source: '7', target: 'b', kind: 'supplies' }]);
    });

    it('a node without an id, an edge to a missing node, duplicate ids', () => {
      const draft = parseCytoscapeJson(
        cyjs(
          [{ data: { name: 'Nameless' } }, { data: { id: 'a' } }, { data: { id: 'a' } }, { data: { id: 'b' } }],
          [
            { data: { id: 'e', source: 'a', target: 'ghost' } },
            { data: { id: 'f', source: 'a', target: 'b' } },
            { data: { id: 'f', source: 'b', target: 'a' } },
          ],
        ),
        'x.cyjs',
      );
      const text = problems(draft);
      expect(text).toContain('x.cyjs, elements.nodes[0].data: has no id; the node is left out');
      expect(text).toContain('x.cyjs, elements.nodes[2].data: has the id "a" of an earlier node; the node is left out');
      expect(text).toContain(
        'x.cyjs, elements.edges[0].data: joins node "ghost", which is not in the file; the edge is left out',
      );
      expect(text).toContain('x.cyjs, elements.edges[2].data: has the id "f" of an earlier edge; the edge is left out');
      expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
      expect(draft.dataset.links.map((l) => l.id)).toEqual(['f']);
    });

    it('__proto__ and constructor keys', () => {
      const text =
        '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "elements": {"__proto__": {"nodes": 1}, "nodes": [{"data": {"__proto__": {"id": "evil"}, "constructor": "Function", "id": "a", "Kind": "person", "kind": "agency"}}], "edges": []}, "data": {"__proto__": {"sources": []}}}';
      const draft = parseCytoscapeJson(text, 'x.cyjs');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(draft.dataset.entities).toMatchObject([{ id: 'a', name: 'a', kind: 'person' }]);
      expect(draft.dataset.sources.map((s) => s.id)).toEqual(['imported-file']);
    });

    it('a dataset record whose records carry unknown fields or cite missing sources', () => {
      const text = JSON.stringify({
        data: {
          title: 'T',
          sources: [{ id: 's', title: 'S', publisher: 'P', __proto__field: 1 }, 'not a source'],
          rounds: 'none',
        },
        elements: { nodes: [{ data: { id: 'a', source_ids: ['s', 'missing'] } }] },
      });
      const draft = parseCytoscapeJson(text, 'x.cyjs');
      const found = problems(draft);
      expect(found).toContain('x.cyjs, data: "rounds" is not a list; it is passed over');
      expect(found).toContain('x.cyjs, data.sources[1]: a record of "sources" is not an object; it is passed over');
      expect(found).toContain(
        'x.cyjs, elements.nodes[0].data: cites source "s", which is not in the file or not valid; the citation is dropped',
      );
      expect(found).toContain(
        'x.cyjs, elements.nodes[0].data: cites source "missing", which is not in the file or not valid; the citation is dropped',
      );
      expect(found).toContain('x.cyjs, data.sources[0]: has an unknown field "__proto__field"; the record is left out');
      expect(draft.dataset.entities).toMatchObject([{ id: 'a', sources: ['imported-file'] }]);
    });

    it('an opening view that shows rounds the file does not have, or is not valid', () => {
      const record = {
        sources: [{ id: 's', title: 'S', publisher: 'P' }],
        rounds: [{ id: 'r', authority: 'EU', list: 'Annex I', date: '2023', sources: ['s'] }],
      };
      const nodes = [{ data: { id: 'a' } }];
      const ghost = parseCytoscapeJson(
        JSON.stringify({ data: { ...record, view: { asOf: '2023', rounds: ['r', 'ghost'] } }, elements: { nodes } }),
        'x.cyjs',
      );
      expect(problems(ghost)).toContain(
        'x.cyjs, data: has an opening view that shows rounds the file does not have (ghost); they are left out of it',
      );
      expect(ghost.dataset.view).toEqual({ asOf: '2023', rounds: ['r'] });
      expect(validateDataset(ghost.dataset).ok).toBe(true);
      const invalid = parseCytoscapeJson(
        JSON.stringify({ data: { ...record, view: { asOf: 'yesterday' } }, elements: { nodes } }),
        'x.cyjs',
      );
      expect(problems(invalid)).toContain('x.cyjs, data: has an opening view that is not valid; it is passed over');
      expect(invalid.dataset.view).toBeUndefined();
    });

    it('HTML and script in names stay plain text', () => {
      const draft = parseCytoscapeJson(cyjs([{ data: { id: 'a', name: '<img src=x onerror="alert(1)">' } }]), 'x.cyjs');
      expect(draft.dataset.entities[0]!.name).toBe('<img src=x onerror="alert(1)">');
    });
  });
});

describe('parseCytoscapeJson with the names other tools give shares, roles and countries', () => {
  it('reads share or percentage (a number or text), role, and countries as a list of codes or of objects', () => {
    const draft = parseCytoscapeJson(
      cyjs(
        [
          {
            data: {
              id: 'a',
              name: 'A',
              countries: ['RU', 'Cyprus (registration)'],
              identifiers: [{ type: 'IMO', value: '9123456' }, { type: 'IMO' }],
            },
          },
          {
            data: {
              id: 'b',
              name: 'B',
              countries: [{ code: 'cn', as: 'address' }],
              addresses: 'Room 5, 8 Nathan Road',
            },
          },
        ],
        [
          { data: { source: 'a', target: 'b', interaction: 'owns', share: 51, role: 'director' } },
          { data: { source: 'b', target: 'a', interaction: 'owns', percentage: '12.5%' } },
          { data: { source: 'a', target: 'b', interaction: 'owns', share: -1 } },
        ],
      ),
      'x.cyjs',
    );
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities.map((e) => [e.countries, e.addresses, e.identifiers])).toStrictEqual([
      [
        [
          { code: 'RU', as: 'other' },
          { code: 'CY', as: 'registration' },
        ],
        undefined,
        [{ type: 'IMO', value: '9123456' }],
      ],
      [[{ code: 'CN', as: 'address' }], [{ text: 'Room 5, 8 Nathan Road' }], undefined],
    ]);
    expect(draft.dataset.links.map((l) => [l.share, l.role])).toEqual([
      [51, 'director'],
      [12.5, undefined],
      [undefined, undefined],
    ]);
    expect(problems(draft)).toContain(
      'x.cyjs, elements.nodes[0].data: "identifiers[1]" is not an identifier; it is passed over',
    );
    expect(problems(draft)).toContain(
      'x.cyjs, elements.edges[2].data: share "-1" is not a percentage from 0 to 100; it is passed over',
    );
  });
});

describe('parseCytoscapeJson with one list of elements', () => {
  it('believes an element’s group before guessing from a source field', () => {
    const text = JSON.stringify({
      elements: [
        { group: 'nodes', data: { id: 'a', name: 'Alpha', source: 'Customs register' } },
        { group: 'nodes', data: { id: 'b', name: 'Beta' } },
        { data: { id: 'e', source: 'a', target: 'b' } },
      ],
    });
    const draft = parseCytoscapeJson(text, 'x.cyjs');
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
    expect(draft.dataset.links).toHaveLength(1);
  });
});
