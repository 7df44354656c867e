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
