import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink, makeListing } from '../../test/factories';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { parseProjectJson } from './read';

const parse = (value: unknown) =>
  parseProjectJson(typeof value === 'string' ? value : JSON.stringify(value), 'mine.json');
const messages = (value: unknown) => parse(value).problems.map(formatImportProblem);

describe('parseProjectJson', () => {
  it('imports a valid dataset whole', () => {
    const draft = parse(makeDataset());
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toHaveLength(2);
    expect(validateDataset(draft.dataset).ok).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"format": "supply-lines",', 'mine.json, line 1: is not valid JSON'],
    [
      'JSON broken on its third line',
      '{\n  "format": "supply-lines",\n  "version": 2 2\n}',
      'mine.json, line 3: is not valid JSON',
    ],
    [
      'JSON that stops on its fourth line',
      '\uFEFF{\n  "format": "supply-lines",\n  "entities": [\n    {"id": "a"\n',
      'mine.json, line 4: is not valid JSON',
    ],
    ['an array', '[]', 'mine.json: is not a Supply Lines dataset: it must be a JSON object'],
    ['another format', { format: 'gexf' }, 'mine.json: is not a Supply Lines dataset'],
    [
      'a future version',
      { ...makeDataset(), version: 9 },
      'mine.json: has format version 9; this app reads versions 1 to 2',
    ],
  ])('refuses %s with a clear message', (_, input, expected) => {
    expect(messages(input)[0]).toContain(expected);
    expect(parse(input).dataset.entities).toEqual([]);
  });

  it('keeps the valid part and names every problem with its path', () => {
    const input = makeDataset({
      entities: [
        makeEntity(),
        makeEntity({ id: 'entity-2', country: 'XX' }),
        makeEntity({ id: 'entity-3' }),
        makeEntity(),
      ],
      listings: [makeListing(), makeListing({ entity: 'entity-2' })],
      links: [makeLink({ target: 'entity-2' }), makeLink({ id: 'ok', target: 'entity-3' })],
    });
    const draft = parse(input);
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['entity-1', 'entity-3']);
    expect(draft.dataset.links.map((l) => l.id)).toEqual(['ok']);
    expect(draft.dataset.listings).toHaveLength(1);
    expect(validateDataset(draft.dataset).problems).toEqual([]);
    const text = draft.problems.map(formatImportProblem).join('\n');
    expect(text).toContain('mine.json, entities[1].country: is not an ISO 3166-1 alpha-2 country code');
    expect(text).toContain('entities[3].id: "entity-1" appears twice');
    expect(text).toContain('links[0]: "link-1" joins "entity-1" to "entity-2"');
    expect(text).toContain(
      'listings[1]: lists "entity-2" in round "round-1", an entity the file does not have; left out',
    );
  });

  it.each([
    [
      '__proto__ keys',
      '{"format":"supply-lines","version":1,"title":"t","sources":[],"rounds":[],"entities":[{"__proto__":{"polluted":true},"id":"a","name":"A","kind":"company","role":"other","country":"RU","sources":[]}],"listings":[],"links":[]}',
    ],
    [
      'constructor keys',
      '{"format":"supply-lines","version":1,"title":"t","sources":[],"rounds":[],"entities":[{"constructor":{"prototype":{"polluted":true}},"id":"a"}],"listings":[],"links":[]}',
    ],
  ])('is not fooled by %s', (_, text) => {
    const draft = parseProjectJson(text, 'evil.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(draft.dataset.entities).toEqual([]);
    expect(draft.problems.length).toBeGreaterThan(0);
  });

  it('reads a byte-order mark and keeps names with HTML as plain text', () => {
    const draft = parseProjectJson(
      `\uFEFF${JSON.stringify(makeDataset({ entities: [makeEntity({ name: '<img src=x onerror=alert(1)>' }), makeEntity({ id: 'entity-2' })] }))}`,
      'bom.json',
    );
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });
});

const entity = (id: string, extra: object = {}) => ({
  id,
  name: id,
  kind: 'company',
  role: 'other',
  sources: ['s'],
  ...extra,
});

describe('what the report promises is what opens', () => {
  const base = {
    format: 'supply-lines',
    version: 1,
    title: 'T',
    sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org' }],
    rounds: [],
    listings: [],
  };

  it('a blank description or title and a reversed period never reach the stored dataset', () => {
    const draft = parseProjectJson(
      JSON.stringify({
        ...base,
        title: ' ',
        description: '',
        entities: [entity('a'), entity('b')],
        links: [
          {
            id: 'l',
            source: 'a',
            target: 'b',
            kind: 'ships',
            confidence: 'reported',
            period: { from: '2023', to: '2020' },
            sources: ['s'],
          },
        ],
      }),
      '.json',
    );
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.title).toBe('Imported data');
    expect(draft.problems.map(formatImportProblem)).toEqual([
      '.json, links[0]: "l" starts (2023) after it ends (2020); left out',
    ]);
  });

  it('problems name the record by its place in the file, even after earlier records were left out', () => {
    const draft = parseProjectJson(
      JSON.stringify({
        ...base,
        entities: [entity('a', { kind: 'spaceship' }), entity('b', { sources: ['ghost'] })],
        links: [],
      }),
      'x.json',
    );
    expect(draft.problems.map(formatImportProblem)).toEqual([
      expect.stringMatching(/^x\.json, entities\[0\]\.kind: /),
      'x.json, entities[1].sources: cites source "ghost", which is not in the file; the citation is dropped',
      'x.json, entities[1]: has no source left; the record is left out',
    ]);
  });
});

describe('version 2 records that point at something missing', () => {
  it('keep a listing whose end cites a missing source, or ends before it starts, and a link whose quote cites a dropped source, without the broken part', () => {
    const input = makeDataset({
      listings: [
        makeListing({ end: { status: 'delisted', date: '2024-01-01', sources: ['src-1', 'gone'] } }),
        makeListing({ entity: 'entity-2', date: '2023-05-01', end: { status: 'expired', date: '2022-01-01' } }),
      ],
      links: [
        makeLink({
          sources: ['src-1', 'gone'],
          quotes: [
            { source: 'gone', text: 'shipped it' },
            { source: 'src-1', text: 'supplied it' },
          ],
        }),
      ],
    });
    const draft = parse(input);
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.listings[0]!.end).toEqual({ status: 'delisted', date: '2024-01-01', sources: ['src-1'] });
    expect(draft.dataset.listings[1]!.end).toBeUndefined();
    expect(draft.dataset.links[0]!.quotes).toEqual([{ source: 'src-1', text: 'supplied it' }]);
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'mine.json, links[0].sources: cites source "gone", which is not in the file; the citation is dropped',
      'mine.json, links[0].quotes: 1 quote(s) of sources the link does not cite are left out',
      'mine.json, listings[0].end.sources: cites source "gone", which is not in the file; the citation is dropped',
      'mine.json, listings[1].end: ends (2022-01-01) before the listing starts (2023-05-01); the end is left out',
    ]);
  });
});

describe('the opening view', () => {
  it('comes along with a project file, without rounds the file does not have', () => {
    const dataset = makeDataset({ view: { asOf: '2023-09-25', countries: ['CN'], rounds: ['round-1', 'gone'] } });
    const draft = parseProjectJson(JSON.stringify(dataset), 'v.json');
    expect(draft.dataset.view).toEqual({ asOf: '2023-09-25', countries: ['CN'], rounds: ['round-1'] });
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'v.json, view: has an opening view that shows rounds the file does not have (gone); they are left out of it',
    ]);
    expect(validateDataset(draft.dataset).ok).toBe(true);
  });
});
