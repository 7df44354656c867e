import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toCsvTables } from './write';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../../test/factories';
import { makeV2Dataset } from '../../test/v2Dataset';
import { validateDataset, validateDatasetText } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { parseCsvTables } from './read';

const problems = (draft: ReturnType<typeof parseCsvTables>) => draft.problems.map(formatImportProblem).join('\n');

describe('parseCsvTables', () => {
  it('reads Gephi tables: entities by Id/Label, links by Source/Target/Type', () => {
    const draft = parseCsvTables([
      {
        name: 'nodes.csv',
        text: 'Id,Label,Country,Role,Sources\r\napl,Asia Pacific Links,Hong Kong,supplier,https://rusi.org/a\r\nsmt,SMT-iLogic,RU,distributor,\r\n',
      },
      { name: 'edges.csv', text: 'Source,Target,Type,Items\napl,smt,supplies,GNSS modules; cellular modules\n' },
    ]);
    expect(problems(draft)).toBe('');
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.country, e.role])).toEqual([
      ['apl', 'Asia Pacific Links', 'HK', 'supplier'],
      ['smt', 'SMT-iLogic', 'RU', 'distributor'],
    ]);
    expect(draft.dataset.links[0]).toMatchObject({
      source: 'apl',
      target: 'smt',
      kind: 'supplies',
      items: ['GNSS modules', 'cellular modules'],
      confidence: 'reported',
    });
    expect(draft.dataset.sources.map((s) => s.url ?? s.title)).toEqual([
      'nodes.csv',
      'https://rusi.org/a',
      'edges.csv',
    ]);
  });

  it('reads a Kumu-style links table alone, adding the entities it names', () => {
    const draft = parseCsvTables([{ name: 'kumu.csv', text: 'From,To,Type\n深圳 公司,Buyer LLC,ships\n' }]);
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.country])).toEqual([
      ['entity-1', '深圳 公司', 'ZZ'],
      ['Buyer-LLC', 'Buyer LLC', 'ZZ'],
    ]);
    expect(draft.dataset.links[0]).toMatchObject({ source: 'entity-1', target: 'Buyer-LLC', kind: 'ships' });
  });

  it('names what is wrong, with the file and line, and keeps the rest', () => {
    const draft = parseCsvTables([
      { name: 'nodes.csv', text: 'Id,Label,Country\na,Alpha,Atlantis\nb,Beta,FI\n' },
      { name: 'edges.csv', text: 'Source,Target,Type\na,b,bribes\nb,b,ships\n' },
    ]);
    const text = problems(draft);
    expect(text).toContain('edges.csv, line 2: link type "bribes" is not one of');
    expect(text).toContain('nodes.csv, line 2, entities[0].country: is not an ISO 3166-1 alpha-2 country code');
    expect(text).toContain('edges.csv, line 3, links[1]: "link-2" joins "b" to itself; left out');
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['b']);
    expect(validateDataset(draft.dataset).ok).toBe(true);
  });

  it.each([
    [
      'missing columns',
      'Name of thing,Value\nx,1\n',
      'has no Id or Label column, nor Source and Target; columns found: Name of thing, Value',
    ],
    ['an unclosed quote', 'Id,Label\n"a,Alpha\n', 'Quoted field unterminated'],
  ])('reports %s', (_, text, expected) => {
    expect(problems(parseCsvTables([{ name: 'bad.csv', text }]))).toContain(expected);
  });

  it.each([
    [
      'a link id that is also an entity id',
      'Id,Source,Target\nalpha,alpha,beta\nalpha,beta,alpha\n',
      'e.csv, line 3, links[1].id: "alpha" appears twice; the second is left out',
    ],
    [
      'an entity id that is not an id as written',
      'Id,Label\n__proto__,P\n__proto__,Q\n',
      'e.csv, line 3, entities[1].id: "__proto__" appears twice; the second is left out',
    ],
    [
      'an id kept as it is',
      'Id,Label\na,P\na,Q\n',
      'e.csv, line 3, entities[1].id: "a" appears twice; the second is left out',
    ],
  ])('names a repeated id as the file writes it: %s', (_, text, expected) => {
    expect(problems(parseCsvTables([{ name: 'e.csv', text }]))).toBe(expected);
  });

  it('handles a byte-order mark, CRLF and formula-looking cells as plain text', () => {
    const draft = parseCsvTables([{ name: 'n.csv', text: '\uFEFFId,Label\r\nx,=HYPERLINK("evil")\r\n' }]);
    expect(draft.dataset.entities[0]).toMatchObject({ id: 'x', name: '=HYPERLINK("evil")' });
  });

  it('round-trips the CSV export exactly: entities, links, listings, their rounds and sources', () => {
    const dataset = makeDataset({
      sources: [
        makeSource({ id: 'file-1', url: 'https://rusi.org/a' }),
        makeSource({ id: 'ap', title: 'AP report', url: undefined, notes: 'No address given' }),
      ],
      rounds: [
        makeRound({
          id: 'bis',
          citation: 'FR Doc. 2023-21080',
          published: '2023-09-27',
          summary: '11 entities',
          sources: ['file-1'],
        }),
      ],
      entities: [
        makeEntity({
          id: 'apl',
          name: '=Asia Pacific Links',
          aliases: ['APL', 'A; P; L'],
          country: 'HK',
          city: 'Hong Kong',
          notes: 'Line one\nline two',
          uncertain: 'Role inferred',
          sources: ['file-1', 'ap'],
        }),
        makeEntity({
          id: 'smt',
          name: 'SMT-iLogic',
          kind: 'company',
          role: 'distributor',
          notes: "'=already guarded",
          city: "''-twice",
          sources: ['ap'],
        }),
      ],
      listings: [
        makeListing({
          entity: 'apl',
          round: 'bis',
          reason: 'Supplying STC',
          uncertain: 'Date of the rule',
          sources: ['file-1'],
        }),
      ],
      links: [
        makeLink({
          id: 'apl-smt',
          source: 'apl',
          target: 'smt',
          items: ['GNSS modules', 'a; b'],
          period: { from: '2019', to: '2022-08' },
          confidence: 'official',
          notes: '-50% share',
          sources: ['ap', 'file-1'],
        }),
      ],
    });
    const tables = toCsvTables(dataset);
    const draft = parseCsvTables([
      { name: 'entities.csv', text: tables.entities },
      { name: 'links.csv', text: tables.links },
    ]);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(dataset.entities);
    expect(draft.dataset.links).toEqual(dataset.links);
    expect(draft.dataset.listings).toEqual(dataset.listings);
    expect(draft.dataset.rounds).toEqual(dataset.rounds);
    expect([...draft.dataset.sources].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('round-trips the CSV export: same entities, links, countries and cited URLs', () => {
    const dataset = makeDataset({
      entities: [makeEntity({ country: 'HK' }), makeEntity({ id: 'entity-2', name: 'Two, Ltd.' })],
      links: [makeLink({ items: ['a', 'b'] })],
    });
    const tables = toCsvTables(dataset);
    const draft = parseCsvTables([
      { name: 'entities.csv', text: tables.entities },
      { name: 'links.csv', text: tables.links },
    ]);
    expect(draft.dataset.entities.map((e) => [e.id, e.name, e.country, e.kind, e.role])).toEqual(
      dataset.entities.map((e) => [e.id, e.name, e.country, e.kind, e.role]),
    );
    expect(draft.dataset.links.map((l) => [l.source, l.target, l.kind, l.items, l.confidence])).toEqual(
      dataset.links.map((l) => [l.source, l.target, l.kind, l.items, l.confidence]),
    );
    expect(draft.dataset.sources.some((s) => s.url === dataset.sources[0]!.url)).toBe(true);
  });
});

const readTables = (tables: { entities: string; links: string }) =>
  parseCsvTables([
    { name: 'entities.csv', text: tables.entities },
    { name: 'links.csv', text: tables.links },
  ]);

describe('version 2 through CSV', () => {
  const v2 = makeV2Dataset();

  it('gives back every entity, link, listing, listed round and cited source exactly: countries, addresses, identifiers, undated and ended listings, shares and roles', () => {
    const draft = readTables(toCsvTables(v2));
    expect(draft.problems).toEqual([]);
    // What the tables cannot hold is the dataset's title, description and opening view, rounds no one is listed in and sources no one cites.
    const { title: _title, ...records } = v2;
    expect(draft.dataset).toStrictEqual({ ...records, title: 'entities + links' });
  });

  it('an edit to the Countries, Addresses, Identifiers, Share or Role cell wins over the record', () => {
    const tables = toCsvTables(v2);
    const entities = tables.entities
      .replace('RU (registration); CN (address); AE (operations)', 'RU (registration); Hong Kong (address)')
      .replace('INN: 1832090230 (RU);', 'INN: 1832090231 (RU);');
    const links = tables.links.replace(',owns,,51,beneficial owner,', ',owns,,60 %,owner,');
    const draft = readTables({ entities, links });
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities[0]!.countries).toStrictEqual([
      { code: 'RU', as: 'registration' },
      { code: 'HK', as: 'address' },
    ]);
    expect(draft.dataset.entities[0]!.addresses).toStrictEqual(v2.entities[0]!.addresses);
    expect(draft.dataset.entities[0]!.identifiers).toStrictEqual([
      { type: 'INN', value: '1832090231', country: 'RU' },
      { type: 'OGRN', value: '1111832003018' },
      { type: 'Registration ID', value: 'A: 12 (b)' },
    ]);
    expect(draft.dataset.links[0]).toMatchObject({ share: 60, role: 'owner' });
  });
});

describe('parseCsvTables on files as other tools write them', () => {
  it('reads shares, percentages, roles and countries with or without their meaning; an undirected Gephi edge is an association', () => {
    const draft = parseCsvTables([
      {
        name: 'nodes.csv',
        text: 'Id,Label,Countries,Address,Identifiers\na,Alpha,RU (registration); China (address),"1 Main St, Riga",INN: 123\nb,Beta,cy; Atlantis; FI (birthplace),,42\n',
      },
      {
        name: 'edges.csv',
        text: 'Source,Target,Type,Percentage,Role\na,b,owns,25.5%,shareholder\nb,a,Undirected,,\na,b,owns,150,\n',
      },
    ]);
    expect(draft.dataset.entities.map((e) => [e.countries, e.addresses, e.identifiers])).toStrictEqual([
      [
        [
          { code: 'RU', as: 'registration' },
          { code: 'CN', as: 'address' },
        ],
        [{ text: '1 Main St, Riga' }],
        [{ type: 'INN', value: '123' }],
      ],
      [
        [
          { code: 'CY', as: 'other' },
          { code: 'FI', as: 'other' },
        ],
        undefined,
        [{ type: 'Identifier', value: '42' }],
      ],
    ]);
    expect(draft.dataset.links.map((l) => [l.kind, l.share, l.role])).toEqual([
      ['owns', 25.5, 'shareholder'],
      ['associated-with', undefined, undefined],
      ['owns', undefined, undefined],
    ]);
    expect(problems(draft).split('\n')).toEqual([
      'nodes.csv, line 3: country "Atlantis" is neither a country code nor an English country name; it is passed over',
      'nodes.csv, line 3: country "FI (birthplace)" says "birthplace", which is not one of registration, address, nationality, citizenship, operations, other; read as other',
      'edges.csv, line 4: share "150" is not a percentage from 0 to 100; it is passed over',
    ]);
  });

  it("reads Gephi's own export: edges numbered like the nodes, Type saying Directed", () => {
    const draft = parseCsvTables([
      { name: 'nodes.csv', text: 'Id,Label\n0,Alpha\n1,Beta\n2,Gamma\n' },
      { name: 'edges.csv', text: 'Source,Target,Type,Id,Weight\n0,1,Directed,0,1.0\n1,2,Directed,1,1.0\n' },
    ]);
    expect(problems(draft)).toBe('');
    expect(draft.dataset.links.map((l) => [l.source, l.target, l.kind])).toEqual([
      ['0', '1', 'supplies'],
      ['1', '2', 'supplies'],
    ]);
    expect(draft.dataset.links.map((l) => l.id).filter((id) => ['0', '1', '2'].includes(id))).toEqual([]);
  });

  it('names the right line after a cell that spans lines and blank lines', () => {
    const draft = parseCsvTables([
      { name: 'n.csv', text: 'Id,Label,Country,Notes\na,Alpha,FI,"two\nlines"\n\n\nb,Beta,Atlantis,\n' },
    ]);
    expect(problems(draft)).toContain('n.csv, line 6, entities[1].country');
  });

  it('reads columns named __proto__ or constructor, mapped by the user, as plain data', () => {
    const draft = parseCsvTables(
      [{ name: 'x.csv', text: '__proto__,constructor\nAlpha,FI\nBeta\n' }],
      [{ file: 'x.csv', table: 'entities', columns: { name: '__proto__', country: 'constructor' } }],
    );
    expect(draft.dataset.entities.map((e) => [e.name, e.country])).toEqual([
      ['Alpha', 'FI'],
      ['Beta', 'ZZ'],
    ]);
  });

  it('cites each URL once however many rows give it', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `e${i},E ${i},https://example.org/${i % 5}`).join('\n');
    const draft = parseCsvTables([{ name: 'n.csv', text: `Id,Label,Sources\n${rows}\n` }]);
    expect(draft.dataset.sources).toHaveLength(6);
  });
});

const byKey = (l: { entity: string; round: string }) => `${l.entity}|${l.round}`;

describe('the built-in dataset through CSV', () => {
  it('comes back with the same entities, links and listings, the rounds they are in and the sources they cite', () => {
    const builtin = validateDatasetText(
      readFileSync(new URL('../../../data/drone-rounds-2023.json', import.meta.url), 'utf8'),
    ).dataset!;
    const tables = toCsvTables(builtin);
    const draft = parseCsvTables([
      { name: 'entities.csv', text: tables.entities },
      { name: 'links.csv', text: tables.links },
    ]);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(builtin.entities);
    expect(draft.dataset.links).toEqual(builtin.links);
    expect([...draft.dataset.listings].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
      [...builtin.listings].sort((a, b) => byKey(a).localeCompare(byKey(b))),
    );
    const listed = new Set(builtin.listings.map((l) => l.round));
    expect(new Set(draft.dataset.rounds.map((r) => r.id))).toEqual(listed);
    for (const round of draft.dataset.rounds) expect(round).toEqual(builtin.rounds.find((r) => r.id === round.id));
    for (const source of draft.dataset.sources) expect(source).toEqual(builtin.sources.find((s) => s.id === source.id));
    const cited = new Set(
      [
        ...builtin.entities,
        ...builtin.links,
        ...builtin.listings,
        ...builtin.rounds.filter((r) => listed.has(r.id)),
      ].flatMap((r) => r.sources),
    );
    expect(new Set(draft.dataset.sources.map((s) => s.id))).toEqual(cited);
  });
});
