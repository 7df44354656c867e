import { describe, expect, it } from 'vitest';
import { toFtmLines } from './write';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../../test/factories';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { parseFtm } from './read';

const lines = (...entities: object[]) => entities.map((e) => JSON.stringify(e)).join('\n');

describe('parseFtm', () => {
  it('round-trips the FollowTheMoney export: entities, listings, links and their sources', () => {
    const dataset = makeDataset({
      sources: [makeSource({ url: 'https://example.org/a' })],
      rounds: [makeRound({ id: 'r', citation: 'FR Doc. 1' })],
      entities: [
        makeEntity({ country: 'HK', aliases: ['E1'] }),
        makeEntity({ id: 'entity-2', kind: 'person', role: 'owner' }),
      ],
      listings: [makeListing({ round: 'r', reason: 'Because' })],
      links: [
        makeLink({ items: ['modules'], confidence: 'official' }),
        makeLink({ id: 'own', source: 'entity-2', target: 'entity-1', kind: 'owns' }),
      ],
    });
    const draft = parseFtm(toFtmLines(dataset), 'x.ftm.json');
    expect(draft.problems).toEqual([]);
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.kind, e.role, e.country, e.aliases])).toEqual(
      dataset.entities.map((e) => [e.id, e.name, e.kind, e.role, e.country, e.aliases]),
    );
    expect(draft.dataset.links.map((l) => [l.id, l.source, l.target, l.kind, l.items, l.confidence])).toEqual(
      dataset.links.map((l) => [l.id, l.source, l.target, l.kind, l.items, l.confidence]),
    );
    expect(draft.dataset.listings).toMatchObject([{ entity: 'entity-1', reason: 'Because' }]);
    expect(draft.dataset.rounds).toMatchObject([
      { authority: 'US BIS', list: 'Entity List', date: '2023-09-25', citation: 'FR Doc. 1' },
    ]);
    expect(draft.dataset.sources.map((s) => s.url)).toContain('https://example.org/a');
  });

  it('reads nested targets as OpenSanctions writes them: reverse properties, back-references left out or kept, repeated entities once', () => {
    // targets.nested.json: the sanction and ownership sit under the target's reverse properties; the
    // nested Sanction here does not repeat its `entity`, the nested Ownership keeps `owner` as an id.
    const owner = {
      id: 'NK-owner',
      schema: 'Company',
      caption: 'Owner Holding',
      properties: { name: ['Owner Holding'], country: ['ru'] },
    };
    const target = {
      id: 'NK-1',
      caption: 'Hangzhou Fuyang Koto Machinery Co., Ltd.',
      schema: 'Company',
      referents: ['ofac-123'],
      properties: {
        name: ['Koto Machinery', 'Hangzhou Fuyang Koto Machinery Co., Ltd.'],
        country: ['cn'],
        sanctions: [
          {
            id: 's1',
            schema: 'Sanction',
            properties: {
              authority: ['OFAC'],
              program: ['IRAN'],
              startDate: ['2023-03-09'],
              sourceUrl: ['https://ofac.example/1'],
            },
          },
        ],
        ownershipAsset: [
          { id: 'own-1', schema: 'Ownership', properties: { owner: [owner], asset: ['NK-1'], percentage: ['60%'] } },
        ],
      },
    };
    const other = {
      id: 'NK-2',
      schema: 'Person',
      properties: {
        name: ['Yuan Yunxia'],
        nationality: ['cn'],
        ownershipOwner: [
          { id: 'own-2', schema: 'Ownership', properties: { owner: ['NK-2'], asset: [owner], percentage: ['40'] } },
        ],
      },
    };
    const sanction2 = {
      id: 's2',
      schema: 'Sanction',
      properties: { entity: ['NK-2'], authority: ['OFAC'], program: ['IRAN'], startDate: ['2023-03-09'] },
    };
    const link = { id: 'emp', schema: 'Employment', properties: { employer: ['ofac-123'], employee: ['NK-2'] } };
    const draft = parseFtm(lines(target, other, sanction2, link), 'targets.nested.json');
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities.map((e) => [e.id, e.name])).toEqual([
      ['NK-owner', 'Owner Holding'],
      ['NK-1', 'Hangzhou Fuyang Koto Machinery Co., Ltd.'],
      ['NK-2', 'Yuan Yunxia'],
    ]);
    expect(draft.dataset.rounds).toHaveLength(1);
    expect(draft.dataset.listings.map((l) => l.entity).sort()).toEqual(['NK-1', 'NK-2']);
    expect(draft.dataset.links.map((l) => [l.source, l.target, l.kind, l.share])).toEqual([
      ['NK-owner', 'NK-1', 'owns', 60],
      ['NK-2', 'NK-owner', 'owns', 40],
      ['NK-1', 'NK-2', 'employs', undefined],
    ]);
  });

  it.each([
    ['a broken line', '{"id": "a", "schema": ', 'x.json, line 1: is not valid JSON'],
    ['a line that is not an entity', '{"hello": 1}', 'x.json, line 1: is not a FollowTheMoney entity'],
    [
      'a sanction that names no entity',
      lines(
        { id: 'a', schema: 'Company', properties: { name: ['A'] } },
        { id: 's', schema: 'Sanction', properties: { authority: ['UK'] } },
      ),
      'x.json, line 2: Sanction "s" names no entity; left out',
    ],
    [
      'an unknown country',
      lines({ id: 'a', schema: 'Company', properties: { name: ['A'], country: ['xx'] } }),
      'x.json, line 1: country "xx" is not a country Supply Lines knows; it is left out',
    ],
    [
      'a date that is no date',
      lines(
        { id: 'a', schema: 'Company', properties: { name: ['A'] } },
        { id: 's', schema: 'Sanction', properties: { entity: ['a'], startDate: ['2023-02-30'] } },
      ),
      'x.json, line 2: Sanction "s" has startDate "2023-02-30", which is not a date; it is passed over',
    ],
    [
      'a link to nobody',
      lines(
        { id: 'a', schema: 'Company', properties: { name: ['A'] } },
        { id: 'l', schema: 'Ownership', properties: { owner: ['a'], asset: ['ghost'] } },
      ),
      'x.json, line 2, links[0]: "l" joins "a" to "ghost"',
    ],
  ])('reports %s with its line', (_, text, expected) => {
    expect(parseFtm(text, 'x.json').problems.map(formatImportProblem).join('\n')).toContain(expected);
  });

  it('passes over entities nested thousands deep with a problem on their line, and keeps the rest', () => {
    let nested = JSON.stringify({ id: 'bottom', schema: 'Company', properties: { name: ['Bottom'] } });
    for (let level = 3000; level > 0; level--)
      nested = `{"id":"n${level}","schema":"Company","properties":{"name":["N${level}"],"parent":[${nested}]}}`;
    const draft = parseFtm(
      lines({ id: 'a', schema: 'Company', properties: { name: ['A'] } }) + '\n' + nested,
      'x.json',
    );
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'x.json, line 2: nests entities more than 100 levels deep; "n102" and what it holds are passed over',
    ]);
    const ids = draft.dataset.entities.map((e) => e.id);
    expect(ids).toContain('a');
    expect(ids).toContain('n1');
    expect(ids).toContain('n101');
    expect(ids).not.toContain('n102');
  });

  it('passes over a sourceUrl that is not http(s) with a problem on its line, and keeps the record, its listing and its links', () => {
    const draft = parseFtm(
      lines(
        { id: 'a', schema: 'Company', properties: { name: ['A'], sourceUrl: ['javascript:alert(1)'] } },
        {
          id: 'b',
          schema: 'Company',
          properties: { name: ['B'], sourceUrl: ['data:text/html,x', 'https://example.org/b'] },
        },
        {
          id: 's',
          schema: 'Sanction',
          properties: { entity: ['a'], authority: ['UK'], startDate: ['2023-01-01'], sourceUrl: ['vbscript:x'] },
        },
        { id: 'o', schema: 'Ownership', properties: { owner: ['b'], asset: ['a'] } },
        { id: 'doc', schema: 'Document', properties: { title: ['Report'], sourceUrl: ['file:///etc/passwd'] } },
      ),
      'x.json',
    );
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'x.json, line 5: Document "doc" has sourceUrl "file:///etc/passwd", which is not an http(s) address; it is passed over',
      'x.json, line 1: Company "a" has sourceUrl "javascript:alert(1)", which is not an http(s) address; it is passed over',
      'x.json, line 2: Company "b" has sourceUrl "data:text/html,x", which is not an http(s) address; it is passed over',
      'x.json, line 3: Sanction "s" has sourceUrl "vbscript:x", which is not an http(s) address; it is passed over',
    ]);
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
    expect(draft.dataset.listings).toHaveLength(1);
    expect(draft.dataset.links).toHaveLength(1);
    expect(draft.dataset.sources.map((s) => [s.title, s.url])).toEqual([
      ['Report', undefined],
      ['x.json', undefined],
      ['https://example.org/b', 'https://example.org/b'],
    ]);
  });

  it.each([
    [
      'a number id',
      { id: 7, schema: 'Company', properties: {} },
      'x.json, line 1: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): "id" is a number, not text',
    ],
    [
      'a list for a schema and no properties',
      { id: 'a', schema: ['Company'] },
      'x.json, line 1: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): "schema" is a list, not text; "properties" is missing',
    ],
    [
      'properties as a list',
      { id: 'a', schema: 'Company', properties: ['name'] },
      'x.json, line 1: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): "properties" is a list, not an object',
    ],
    [
      'a line that is null',
      null,
      'x.json, line 1: is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): it is null, not an object',
    ],
    [
      'a property that is not a list',
      { id: 'a', schema: 'Company', properties: { name: ['A'], country: 'ru', alias: 5 } },
      'x.json, line 1: Company "a" has "country", "alias" not as a list of values; they are passed over',
    ],
    [
      'values that are not text',
      { id: 'a', schema: 'Company', properties: { name: [42, 'A', null], country: [{ code: 'ru' }] } },
      'x.json, line 1: Company "a" has values in "name", "country" that are neither text nor an entity; they are passed over',
    ],
  ])('says what is wrong with %s, on its line', (_, record, expected) => {
    const draft = parseFtm(JSON.stringify(record), 'x.json');
    expect(draft.problems.map(formatImportProblem)).toEqual([expected]);
  });

  it('keeps links to an entity whose id a link record reuses, and names the clash', () => {
    const draft = parseFtm(
      lines(
        { id: 'a', schema: 'Company', properties: { name: ['A'] } },
        { id: 'b', schema: 'Company', properties: { name: ['B'] } },
        { id: 'a', schema: 'Ownership', properties: { owner: ['b'], asset: ['a'] } },
        { id: 'o2', schema: 'Ownership', properties: { owner: ['b'], asset: ['a'] } },
      ),
      'x.json',
    );
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'x.json, line 3, links[0]: "a" is also the id of an entity; left out',
    ]);
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
    expect(draft.dataset.links.map((l) => [l.id, l.source, l.target])).toEqual([['o2', 'b', 'a']]);
    expect(draft.notes).toBeUndefined();
  });

  it('is not fooled by __proto__ keys in properties', () => {
    const draft = parseFtm('{"id":"a","schema":"Company","properties":{"__proto__":["x"],"name":["A"]}}', 'x.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(draft.dataset.entities).toMatchObject([{ id: 'a', name: 'A' }]);
  });
});
