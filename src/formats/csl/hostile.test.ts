import { describe, expect, it } from 'vitest';
import { COLUMNS, EL } from '../../test/cslRows';
import { formatImportProblem } from '../shared/draft';
import { parseCsl } from './read';

const problemsOf = (draft: ReturnType<typeof parseCsl>) => draft.problems.map(formatImportProblem);

describe('parseCsl on broken and hostile input', () => {
  it.each([
    ['bad JSON', '{"results": [', 'c.json, line 1: is not valid JSON'],
    ['JSON broken on its third line', '\n{"results": [\n  {"name": "A",}\n]}', 'c.json, line 3: is not valid JSON'],
    ['no results list', '{"results": 5}', 'c.json: has no "results" list, as the CSL JSON has'],
    [
      'rows that are not objects',
      JSON.stringify({ results: [null, 'text', [1]] }),
      "c.json, results[0]: is not a row (an object with the list's columns); left out",
    ],
    [
      'a name that is a list',
      JSON.stringify({ results: [{ source: 'Entity List (EL) - Bureau of Industry and Security', name: ['Alpha'] }] }),
      'c.json, results[0]: has a name that is a list, not text; the row is left out',
    ],
    [
      'a name that is missing',
      JSON.stringify({ results: [{ source: 'Entity List (EL) - Bureau of Industry and Security', name: null }] }),
      'c.json, results[0]: has no name; the row is left out',
    ],
  ])('%s is reported', (_, text, problem) => {
    const draft = parseCsl(text, 'c.json');
    expect(
      problemsOf(draft).some((p) => p.startsWith(problem)),
      problemsOf(draft).join('\n'),
    ).toBe(true);
    expect(draft.dataset.entities).toEqual([]);
  });

  it('cells of the wrong type in JSON are passed over, not fatal', () => {
    const draft = parseCsl(
      JSON.stringify({
        results: [
          {
            source: EL,
            name: 'Alpha',
            alt_names: { a: 'b' },
            addresses: { a: 1 },
            ids: [null, 3, { type: 'Passport' }],
            programs: [{}],
            start_date: 20230927,
          },
        ],
      }),
      'c.json',
    );
    expect(draft.dataset.entities).toMatchObject([{ name: 'Alpha', aliases: [], notes: 'Passport' }]);
    expect(problemsOf(draft)).toEqual([
      'c.json, results[0]: start_date "20230927" is not a date written YYYY-MM-DD; it is left out',
    ]);
  });

  it('columns and keys named like Object.prototype stay plain data', () => {
    const header = `${COLUMNS.join(',')},__proto__,constructor`;
    const draft = parseCsl(
      `${header}\n${COLUMNS.map((c) => (c === 'name' ? 'toString' : c === 'source' ? 'constructor - __proto__' : '')).join(',')},x,y\n`,
      'c.csv',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(draft.dataset.entities).toMatchObject([{ name: 'toString' }]);
    expect(draft.dataset.rounds).toMatchObject([{ authority: '__proto__', list: 'constructor' }]);
    const json = parseCsl(
      '{"results": [{"__proto__": {"name": "x"}, "source": "EL - constructor", "name": "hasOwnProperty"}]}',
      'c.json',
    );
    expect(json.dataset.entities).toMatchObject([{ name: 'hasOwnProperty' }]);
  });
});
