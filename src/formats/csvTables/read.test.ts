import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../validate/validateDataset';
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
