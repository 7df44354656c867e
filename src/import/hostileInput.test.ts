import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validateDataset';
import { createImportSession } from './importSession';
import { summariseOutcome, summaryDataset } from './importTypes';
import { formatImportProblem } from '../formats/shared/draft';

/**
 * Broken and hostile files, run through the whole import (reading the bytes, telling the format,
 * parsing, checking) as the worker runs it: each ends in a report that names what is wrong and where,
 * and whatever is kept is a valid dataset. Nothing throws.
 */
async function importFile(name: string, content: string | Uint8Array<ArrayBuffer>) {
  const outcome = await createImportSession(() => {}).start([new File([content], name)]);
  const result = summariseOutcome(outcome);
  if (result.kind !== 'summary') throw new Error(`expected a report, got the ${result.kind} step`);
  const dataset = summaryDataset(result.summary);
  expect(validateDataset(dataset).ok, 'what is kept is a valid dataset').toBe(true);
  for (const problem of result.summary.problems) expect(formatImportProblem(problem).length).toBeLessThan(900);
  return { dataset, problems: result.summary.problems.map(formatImportProblem).join('\n') };
}

const project = (body: object) =>
  JSON.stringify({
    format: 'supply-lines',
    version: 1,
    title: 'T',
    sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org' }],
    rounds: [],
    entities: [],
    listings: [],
    links: [],
    ...body,
  });
const entity = (id: string, extra: object = {}) => ({
  id,
  name: `Name ${id}`,
  kind: 'company',
  role: 'supplier',
  sources: ['s'],
  ...extra,
});
const ftm = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const CSL_HEADER = '_id,source,entity_number,type,name,addresses,federal_register_notice,start_date,source_list_url';

describe('hostile and broken input', () => {
  it.each([
    [
      'project JSON',
      'data.json',
      '{"format": "supply-lines", "version": 1, "entities": [',
      'data.json, line 1: is not valid JSON',
    ],
    [
      'FollowTheMoney',
      'x.ftm.json',
      `${ftm({ id: 'a', schema: 'Company', properties: { name: ['A'] } })}\n{"id": "b", "sch`,
      'x.ftm.json, line 2: is not valid JSON',
    ],
    ['CSV', 'nodes.csv', 'Id,Label\na,"Alpha\n', 'nodes.csv, line 2: Quoted field unterminated'],
    [
      'Screening List JSON',
      'csl.json',
      '{"results": [{"source": "x", "name": "y", "federal_register_notice": "z", "start_date": ',
      'csl.json, line 1: is not valid JSON',
    ],
  ])('malformed %s is reported with where', async (_, name, text, expected) => {
    expect((await importFile(name, text)).problems).toContain(expected);
  });

  it.each([
    [
      'project JSON',
      'data.json',
      project({ entities: [entity('a', { name: 42 }), entity('b', { aliases: 'not a list' }), entity('c')] }),
      'entities[0].name',
    ],
    [
      'FollowTheMoney',
      'x.ftm.json',
      ftm({ id: 'a', schema: 'Company', properties: 'not an object' }, { id: 7, schema: 'Company', properties: {} }),
      'line 1: is not a FollowTheMoney entity',
    ],
  ])('wrong types in %s are named and the record left out', async (_, name, text, expected) => {
    const { problems } = await importFile(name, text);
    expect(problems).toContain(expected);
  });

  it('missing columns: a CSV with neither Id/Label nor Source/Target asks for a mapping instead of guessing', async () => {
    const outcome = await createImportSession(() => {}).start([new File(['Firma,Land\nAlpha,FI\n'], 'firms.csv')]);
    expect(outcome).toMatchObject({ kind: 'mapping', tables: [{ file: 'firms.csv', headers: ['Firma', 'Land'] }] });
  });

  it('a Screening List row without a start date is kept, listed with no date', async () => {
    const { problems, dataset } = await importFile(
      'csl.csv',
      `${CSL_HEADER}\n1,Entity List (EL) - Bureau of Industry and Security,,,Alpha,"Beijing, CN",88 FR 1,2023-09-25,https://bis.gov\n2,Entity List (EL) - Bureau of Industry and Security,,,Beta,"Moscow, RU",88 FR 1,,https://bis.gov\n`,
    );
    expect(problems).toBe('');
    expect(dataset.entities.map((e) => e.name)).toEqual(['Alpha', 'Beta']);
    const beta = dataset.listings.find((l) => dataset.entities.find((e) => e.name === 'Beta')!.id === l.entity)!;
    expect(dataset.rounds.find((r) => r.id === beta.round)!.date).toBeUndefined();
  });

  it.each([
    [
      'project JSON',
      'data.json',
      project({ entities: [entity('a'), entity('a')] }),
      'entities[1].id: "a" appears twice',
    ],
    ['CSV', 'nodes.csv', 'Id,Label\na,Alpha\na,Again\n', 'entities[1].id: "a" appears twice'],
    [
      'FollowTheMoney',
      'x.ftm.json',
      ftm(
        { id: 'a', schema: 'Company', properties: { name: ['A'] } },
        { id: 'a', schema: 'Company', properties: { name: ['B'] } },
      ),
      'line 2, entities[1].id: "a" appears twice',
    ],
  ])('duplicate ids in %s: the second is left out', async (_, name, text, expected) => {
    expect((await importFile(name, text)).problems).toContain(expected);
  });

  it.each([
    [
      'project JSON',
      'data.json',
      project({
        entities: [entity('a')],
        links: [{ id: 'l', source: 'a', target: 'ghost', kind: 'ships', confidence: 'reported', sources: ['s'] }],
      }),
      'links[0]: "l" joins "a" to "ghost"',
    ],
    [
      'FollowTheMoney',
      'x.ftm.json',
      ftm(
        { id: 'a', schema: 'Company', properties: { name: ['A'] } },
        { id: 'l', schema: 'Ownership', properties: { owner: ['a'], asset: ['ghost'] } },
      ),
      'line 2, links[0]: "l" joins "a" to "ghost"',
    ],
  ])('dangling links in %s are named and left out', async (_, name, text, expected) => {
    const { problems, dataset } = await importFile(name, text);
    expect(problems).toContain(expected);
    expect(dataset.links).toEqual([]);
  });

  it('byte-order marks and CRLF line ends are read in every text format', async () => {
    const bom = '\uFEFF';
    expect((await importFile('n.csv', `${bom}Id,Label\r\na,Alpha\r\n`)).dataset.entities).toMatchObject([
      { id: 'a', name: 'Alpha' },
    ]);
    expect(
      (
        await importFile(
          'x.ftm.json',
          `${bom}${ftm({ id: 'a', schema: 'Company', properties: { name: ['A'] } }, { id: 'b', schema: 'Person', properties: { name: ['B'] } }).replace('\n', '\r\n')}\r\n`,
        )
      ).dataset.entities,
    ).toHaveLength(2);
    expect(
      (await importFile('p.json', `${bom}${project({ entities: [entity('a')] }).replace(/,/g, ',\r\n')}`)).dataset
        .entities,
    ).toHaveLength(1);
    expect(
      (
        await importFile(
          'csl.csv',
          `${bom}${CSL_HEADER}\r\n1,Entity List (EL) - Bureau of Industry and Security,,,Alpha,"Beijing, CN",88 FR 1,2023-09-25,https://bis.gov\r\n`,
        )
      ).dataset.entities,
    ).toMatchObject([{ name: 'Alpha', country: 'CN' }]);
  });

  it('non-UTF-8 text is read as Windows-1252 with a problem naming the line, in JSON too', async () => {
    const csv = await importFile('n.csv', latin1('Id,Label\na,Société Générale\n'));
    expect(csv.dataset.entities[0]!.name).toBe('Société Générale');
    expect(csv.problems).toContain('n.csv, line 2: is not UTF-8 text');
    const json = await importFile('p.json', latin1(project({ entities: [entity('a', { name: 'Müller GmbH' })] })));
    expect(json.dataset.entities[0]!.name).toBe('Müller GmbH');
  });

  it('enormous single lines end in a clear, short problem, not a hang or a wall of text', async () => {
    const huge = 'x'.repeat(5_000_000);
    expect((await importFile('x.json', huge)).problems).toMatch(
      /^x\.json: is not a format this version reads|is not valid JSON/,
    );
    expect(
      (await importFile('x.ftm.json', `{"id": "a", "schema": "Company", "properties": {"name": ["${huge}`)).problems,
    ).toContain('x.ftm.json');
    const csv = await importFile('n.csv', `Id,Label,Country\na,Alpha,${huge}\n`);
    expect(csv.problems).toContain('entities[0].country');
    expect(csv.dataset.entities).toEqual([]);
  });

  it('__proto__ and constructor keys stay plain data and pollute nothing', async () => {
    const polluted =
      '{"format":"supply-lines","version":1,"title":"T","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"sources":[{"id":"s","title":"S","publisher":"P","url":"https://example.org"}],"rounds":[],"entities":[{"id":"constructor","name":"__proto__","kind":"company","role":"other","sources":["s"]},{"id":"evil","name":"E","kind":"company","role":"other","sources":["s"],"__proto__":{"polluted":1}},{"id":"toString","name":"hasOwnProperty","kind":"company","role":"other","sources":["s"]}],"listings":[],"links":[]}';
    const { dataset, problems } = await importFile('p.json', polluted);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems).toContain('p.json, entities[1]: has an unknown field "__proto__"; the record is left out');
    expect(dataset.entities).toMatchObject([
      { id: 'constructor', name: '__proto__' },
      { id: 'toString', name: 'hasOwnProperty' },
    ]);
    const csv = await importFile(
      'n.csv',
      'Id,Label,__proto__,constructor\nconstructor,__proto__,x,y\ntoString,valueOf,x,y\n',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(csv.dataset.entities).toMatchObject([
      { id: 'constructor', name: '__proto__' },
      { id: 'toString', name: 'valueOf' },
    ]);
    const lines = await importFile(
      'x.ftm.json',
      ftm({ id: 'constructor', schema: 'Company', properties: { name: ['__proto__'], __proto__: ['x'] } }),
    );
    expect(lines.dataset.entities).toMatchObject([{ id: 'constructor', name: '__proto__' }]);
  });

  it('HTML and script in names are kept as the text they are', async () => {
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    expect((await importFile('n.csv', `Id,Label\na,"${name}"\n`)).dataset.entities[0]!.name).toBe(name);
    expect(
      (await importFile('x.ftm.json', ftm({ id: 'a', schema: 'Company', properties: { name: [name] } }))).dataset
        .entities[0]!.name,
    ).toBe(name);
  });
});

describe('wrong types deep inside a record', () => {
  it('FollowTheMoney referents that are not a list are ignored, not fatal', async () => {
    const { dataset } = await importFile(
      'x.ftm.json',
      ftm(
        { id: 'a', schema: 'Company', referents: 5, properties: { name: ['A'] } },
        { id: 'b', schema: 'Company', referents: {}, properties: { name: ['B'] } },
      ),
    );
    expect(dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('Screening List JSON rows that are not objects are named by their place', async () => {
    const row = {
      source: 'Entity List (EL) - Bureau of Industry and Security',
      name: 'Alpha',
      federal_register_notice: '88 FR 1',
      start_date: '2023-09-25',
    };
    const { dataset, problems } = await importFile('csl.json', JSON.stringify({ results: [row, null, 'text', [1]] }));
    expect(dataset.entities.map((e) => e.name)).toEqual(['Alpha']);
    expect(problems).toContain('csl.json, results[1]: is not a row');
    expect(problems).toContain('csl.json, results[3]: is not a row');
  });
});

describe('tables no one could map', () => {
  it('a CSV with a million columns or a megabyte-long header is refused, before any mapping step', async () => {
    expect((await importFile('wide.csv', `a${','.repeat(1_000_000)}\n`)).problems).toBe(
      'wide.csv, line 1: has 1,000,001 columns; a table this app reads has at most 500',
    );
    expect((await importFile('long.csv', `${'x'.repeat(2_000_000)}\n1\n`)).problems).toBe(
      'long.csv, line 1: has a column name of 2,000,000 characters in its first line, which is not a table header',
    );
  });
});
