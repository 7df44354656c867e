import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { parseCytoscapeJson } from './read';

const problems = (draft: ReturnType<typeof parseCytoscapeJson>) => draft.problems.map(formatImportProblem).join('\n');
const cyjs = (nodes: unknown, edges: unknown = []) => JSON.stringify({ elements: { nodes, edges } });

describe('parseCytoscapeJson', () => {
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
