import { describe, expect, it } from 'vitest';
import { draftFromTexts } from './draftFromTexts';

// One bad file per kind of problem, through the whole pipeline: the code says what kind it is, so the
// report and tests can tell a file that is not JSON from one past a limit without reading the words.
const PROJECT = (body: string) => `{"format":"supply-lines","version":2,"title":"t",${body}}`;
const CASES: Array<[kind: string, code: string, file: string, text: string]> = [
  ['cut-off JSON', 'not-json', 'data.json', '{"format": "supply-lines", '],
  ['a JSON object that is no dataset', 'not-a-dataset', 'data.json', '{"hello": 1}'],
  [
    'an entity of the wrong shape',
    'schema',
    'data.json',
    PROJECT('"sources":[],"rounds":[],"entities":[{"id":1}],"listings":[],"links":[]'),
  ],
  ['an empty Cytoscape file', 'empty-file', 'graph.cyjs', ' '],
  ['XML that does not close', 'not-xml', 'graph.gexf', '<gexf><graph>'],
  [
    'an external entity',
    'unsafe-xml',
    'graph.graphml',
    '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml/>',
  ],
  ['a GraphML file whose root is not graphml', 'wrong-shape', 'graph.graphml', '<?xml version="1.0"?><svg/>'],
  ['a CSV quote left open', 'csv-syntax', 'entities.csv', 'Id,Label\n"a,b\n'],
  [
    'a FollowTheMoney country nobody has',
    'unknown-country',
    'e.ftm.json',
    '{"id":"a","schema":"Company","properties":{"name":["A"],"country":["zz"]}}\n',
  ],
  ['a file in no known format', 'unknown-format', 'photo.png', '\u0089PNG'],
];

describe('import problem codes', () => {
  it.each(CASES)('%s gives a problem coded %s', (_kind, code, file, text) => {
    const outcome = draftFromTexts([{ name: file, text, problems: [] }]);
    if (outcome.kind !== 'draft') throw new Error(`expected a draft, got ${outcome.kind}`);
    expect(outcome.draft.problems.map((problem) => problem.code)).toContain(code);
  });
});
