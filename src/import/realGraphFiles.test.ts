import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validateDataset';
import { formatImportProblem } from '../formats/shared/draft';
import { parseGexf } from '../formats/gexf/read';
import { parseGraphml } from '../formats/graphml/read';

/** Real files other tools wrote (origins in src/test/fixtures/real/README.md): how their edge directions come in. */
const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/real/${name}`, import.meta.url), 'utf8');

describe('real graph files with directed and undirected edges', () => {
  it("graphology's mixed GEXF: an edge of type undirected is an association, directed ones supplies, a label a type", () => {
    const draft = parseGexf(fixture('graphology-mixed.gexf'), 'graphology-mixed.gexf');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities.map((e) => [e.id, e.name])).toEqual([
      ['1', 'one'],
      ['2', 'two'],
      ['3', 'three'],
    ]);
    expect(draft.dataset.links.map((l) => [l.source, l.target, l.kind, l.notes])).toEqual([
      ['1', '2', 'supplies', undefined],
      ['2', '3', 'supplies', 'Type in the file: Nice edge'],
      ['3', '1', 'associated-with', undefined],
    ]);
    expect(draft.dataset.links.some((l) => l.share !== undefined)).toBe(false);
    expect(draft.problems.map(formatImportProblem)).toEqual([
      expect.stringMatching(
        /^graphology-mixed\.gexf, line 15, edge "2": link type "Nice edge" is not one of supplies, /,
      ),
      'graphology-mixed.gexf, the file: 3 entities have no kind; they are imported as companies',
      'graphology-mixed.gexf, the file: 3 entities have no role; imported as other',
      'graphology-mixed.gexf, the file: 3 entities have no country; filed under Unknown',
      'graphology-mixed.gexf, the file: 1 edge has no type; imported as supplies',
      'graphology-mixed.gexf, the file: 1 undirected edge has no type; imported as associated-with',
    ]);
  });

  it("graphology's mixed GraphML multigraph: undirected by default, two edges directed, weights not shares, parallel edges kept", () => {
    const draft = parseGraphml(fixture('graphology-mixed-multigraph.graphml'), 'mixed.graphml');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    expect(draft.dataset.links.map((l) => [l.id, l.source, l.target, l.kind, l.share])).toEqual([
      ['e0', 'n0', 'n2', 'associated-with', undefined],
      ['e1', 'n0', 'n1', 'associated-with', undefined],
      ['e2', 'n1', 'n3', 'associated-with', undefined],
      ['e3', 'n3', 'n2', 'supplies', undefined],
      ['e4', 'n2', 'n4', 'associated-with', undefined],
      ['e7', 'n2', 'n4', 'associated-with', undefined],
      ['e5', 'n3', 'n5', 'associated-with', undefined],
      ['e6', 'n5', 'n4', 'supplies', undefined],
    ]);
    expect(draft.problems.map(formatImportProblem).filter((p) => p.includes('edge'))).toEqual([
      'mixed.graphml, the file: 2 edges have no type; imported as supplies',
      'mixed.graphml, the file: 6 undirected edges have no type; imported as associated-with',
    ]);
  });
});
