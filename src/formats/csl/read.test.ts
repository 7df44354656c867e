import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { looksLikeCsl, parseCsl } from './read';

const COLUMNS =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids'.split(
    ',',
  );
const EL = 'Entity List (EL) - Bureau of Industry and Security';
const SDN = 'Specially Designated Nationals (SDN) - Treasury Department';
const SSI = 'Sectoral Sanctions Identifications List (SSI) - Treasury Department';

/** A CSL CSV of rows given by column name; other cells empty, as trade.gov leaves them. */
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
function csv(...rows: Array<Record<string, string>>): string {
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => quote(row[c] ?? '')).join(','))].join('\n');
}
const elRow = (extra: Record<string, string> = {}) => ({
  _id: '99ed1b',
  source: EL,
  name: 'Alpha Electronics',
  addresses: 'Room 1, Kowloon, HK',
  federal_register_notice: '88 FR 66271',
  start_date: '2023-09-27',
  source_list_url: 'https://www.bis.doc.gov/el',
  ...extra,
});
const sdnRow = (extra: Record<string, string> = {}) => ({
  _id: '52291',
  source: SDN,
  entity_number: '52291',
  type: 'Individual',
  programs: 'NPWMD',
  name: 'RIM, Ryong Nam',
  source_list_url: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
  ...extra,
});
const problemsOf = (draft: ReturnType<typeof parseCsl>) => draft.problems.map(formatImportProblem);

describe('parseCsl', () => {
  it('reads CSV rows as entities listed in rounds per source list and start date, undated rounds for rows without one', () => {
    const draft = parseCsl(
      csv(
        elRow({
          alt_names: 'Alpha HK; APE; and Alpha Electronics Ltd.',
          license_requirement: 'For all items subject to the EAR.',
          license_policy: 'Presumption of denial.',
        }),
        sdnRow({ addresses: 'Shenyang, CN; Pyongyang, KP', remarks: 'Linked To: SHENZHEN JIASIBO' }),
      ),
      'consolidated.csv',
    );
    expect(problemsOf(draft)).toEqual([]);
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities).toMatchObject([
      {
        id: 'csl-99ed1b',
        name: 'Alpha Electronics',
        kind: 'company',
        role: 'other',
        country: 'HK',
        aliases: ['Alpha HK', 'APE', 'Alpha Electronics Ltd.'],
      },
      {
        id: 'ofac-52291',
        name: 'RIM, Ryong Nam',
        kind: 'person',
        country: 'CN',
        notes: 'Linked To: SHENZHEN JIASIBO',
        addresses: [
          { text: 'Shenyang, CN', country: 'CN' },
          { text: 'Pyongyang, KP', country: 'KP' },
        ],
      },
    ]);
    expect(draft.dataset.rounds).toEqual([
      {
        id: 'csl-EL-2023-09-27',
        authority: 'US BIS',
        list: 'Entity List (EL)',
        date: '2023-09-27',
        citation: '88 FR 66271',
        sources: ['csl-source-1'],
      },
      {
        id: 'csl-SDN-undated',
        authority: 'US OFAC',
        list: 'Specially Designated Nationals (SDN)',
        sources: ['csl-source-2'],
      },
    ]);
    expect(draft.dataset.listings).toEqual([
      {
        entity: 'csl-99ed1b',
        round: 'csl-EL-2023-09-27',
        citation: '88 FR 66271',
        reason: 'For all items subject to the EAR.',
        notes: 'License policy: Presumption of denial.',
        sources: ['csl-source-1'],
      },
      { entity: 'ofac-52291', round: 'csl-SDN-undated', programme: 'NPWMD', sources: ['csl-source-2'] },
    ]);
  });

  it('reads the bulk JSON (results), with address, id and list fields as the JSON writes them', () => {
    const row = {
      id: 'x1',
      source: EL,
      entity_number: null,
      type: null,
      name: 'Asia Pacific Links Ltd.',
      programs: [],
      alt_names: ['APL; Asia Pacific Links'],
      addresses: [{ address: 'Room 1, 8/F', city: 'Kowloon', state: null, postal_code: null, country: 'HK' }],
      federal_register_notice: '88 FR 66271',
      start_date: '2023-09-27',
      end_date: null,
      source_information_url: 'https://www.bis.doc.gov/el',
      ids: [
        { type: 'Registration ID', number: '1234', country: 'HK', issue_date: '2019-01-02', expiration_date: null },
      ],
    };
    const draft = parseCsl(JSON.stringify({ total: 1, results: [row] }), 'consolidated.json');
    expect(problemsOf(draft)).toEqual([]);
    expect(draft.dataset.entities).toEqual([
      {
        id: 'csl-x1',
        name: 'Asia Pacific Links Ltd.',
        aliases: ['APL', 'Asia Pacific Links'],
        kind: 'company',
        role: 'other',
        country: 'HK',
        countries: [{ code: 'HK', as: 'address' }],
        addresses: [{ text: 'Room 1, 8/F, Kowloon, HK', city: 'Kowloon', country: 'HK' }],
        identifiers: [{ type: 'Registration ID', value: '1234', country: 'HK' }],
        notes: 'Registration ID 1234: issued 2019-01-02',
        sources: ['csl-source-1'],
      },
    ]);
  });

  it.each([
    ['Individual', 'person'],
    ['Vessel', 'vessel'],
    ['Aircraft', 'aircraft'],
    ['Entity', 'company'],
    ['', 'company'],
  ])('type "%s" is a %s', (type, kind) => {
    expect(parseCsl(csv(sdnRow({ type })), 'c.csv').dataset.entities[0]).toMatchObject({ kind });
  });

  it('an unknown type is a company that keeps the word in its notes', () => {
    expect(parseCsl(csv(sdnRow({ type: 'Ship' })), 'c.csv').dataset.entities[0]).toMatchObject({
      kind: 'company',
      notes: 'Type in the list: Ship',
    });
  });

  it.each([
    [EL, 'US BIS', 'Entity List (EL)', 'csl-EL-2023-09-27'],
    [
      'Denied Persons List (DPL) - Bureau of Industry and Security',
      'US BIS',
      'Denied Persons List (DPL)',
      'csl-DPL-2023-09-27',
    ],
    ['ITAR Debarred (DTC) - State Department', 'US State', 'ITAR Debarred (DTC)', 'csl-DTC-2023-09-27'],
    [SSI, 'US OFAC', 'Sectoral Sanctions Identifications List (SSI)', 'csl-SSI-2023-09-27'],
    [
      'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department',
      'US OFAC',
      'Non-SDN Menu-Based Sanctions List (NS-MBS List)',
      'csl-NS-MBS-List-2023-09-27',
    ],
    ['Some List - constructor', 'constructor', 'Some List', 'csl-Some-List-2023-09-27'],
    ['A list with no agency', 'US', 'A list with no agency', 'csl-A-list-with-no-agency-2023-09-27'],
  ])('source "%s" is authority %s, list %s', (source, authority, list, id) => {
    expect(parseCsl(csv(elRow({ source })), 'c.csv').dataset.rounds).toEqual([
      expect.objectContaining({ id, authority, list }),
    ]);
  });

  it('a round cites the notices all its rows cite; each listing keeps its own', () => {
    const draft = parseCsl(
      csv(
        elRow({ _id: 'a', federal_register_notice: '83 FR 37423; 87 FR 77505' }),
        elRow({ _id: 'b', name: 'Beta', federal_register_notice: '83 FR 37423' }),
      ),
      'c.csv',
    );
    expect(draft.dataset.rounds).toMatchObject([{ citation: '83 FR 37423' }]);
    expect(draft.dataset.listings.map((l) => l.citation)).toEqual(['83 FR 37423; 87 FR 77505', '83 FR 37423']);
  });

  it('State\'s "and any successor, sub-unit, or subsidiary thereof" leaves the name, and is kept on the listing', () => {
    const name = 'Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof';
    const draft = parseCsl(
      csv(elRow({ name, alt_names: 'Sinobright; and any successor, sub-unit, or subsidiary thereof' })),
      'c.csv',
    );
    expect(draft.dataset.entities[0]).toMatchObject({
      name: 'Sinobright Import and Export Company',
      aliases: ['Sinobright'],
    });
    expect(draft.dataset.listings[0]!.notes).toBe(`Listed as "${name}"`);
  });

  it.each([
    ['2031-03-11', '', { status: 'expired', date: '2031-03-11' }],
    ['2019-12-03', 'Delisted by order of 3 Dec 2019', { status: 'delisted', date: '2019-12-03' }],
  ])('end_date %s ends the listing', (end_date, remarks, end) => {
    expect(parseCsl(csv(elRow({ end_date, remarks })), 'c.csv').dataset.listings[0]!.end).toEqual(end);
  });

  it.each([
    [
      'start_date',
      { start_date: '27/09/2023' },
      'c.csv, line 2: start_date "27/09/2023" is not a date written YYYY-MM-DD; it is left out',
    ],
    [
      'end_date',
      { end_date: 'indefinite' },
      'c.csv, line 2: end_date "indefinite" is not a date written YYYY-MM-DD; it is left out',
    ],
    [
      'address country',
      { addresses: 'Somewhere, QQ' },
      'c.csv, line 2: "QQ" in address "Somewhere, QQ" is not a country code; it is kept as written, without a country',
    ],
    [
      'nationality',
      { nationalities: 'QQ' },
      'c.csv, line 2: "QQ" in nationalities is not a country code; it is kept as written, without a country',
    ],
    [
      'source address',
      { source_list_url: 'javascript:alert(1)' },
      'c.csv, line 2: source_list_url "javascript:alert(1)" is not an http(s) address; it is left out',
    ],
    ['name', { name: '' }, 'c.csv, line 2: has no name; the row is left out'],
  ])(
    'a bad %s is reported with its line, and the rest of the row kept',
    (what, cells: Record<string, string>, problem) => {
      const draft = parseCsl(csv(elRow(cells)), 'c.csv');
      expect(problemsOf(draft)).toEqual([problem]);
      expect(draft.dataset.entities).toHaveLength(what === 'name' ? 0 : 1);
      expect(validateDataset(draft.dataset).ok).toBe(true);
    },
  );

  it("a bad start date files the row in its list's undated round; a bad end date keeps the end, with what was written", () => {
    const draft = parseCsl(csv(elRow({ start_date: '27/09/2023', end_date: 'indefinite' })), 'c.csv');
    expect(draft.dataset.rounds).toMatchObject([{ id: 'csl-EL-undated' }]);
    expect(draft.dataset.rounds[0]!.date).toBeUndefined();
    expect(draft.dataset.listings[0]!.end).toEqual({ status: 'expired', reason: 'end_date as written: indefinite' });
  });

  it('a row without a web address cites the Consolidated Screening List itself', () => {
    const draft = parseCsl(csv(elRow({ source_list_url: '' })), 'c.csv');
    expect(draft.dataset.sources).toEqual([
      {
        id: 'csl-source-1',
        title: 'Consolidated Screening List',
        publisher: 'International Trade Administration',
        url: 'https://www.trade.gov/consolidated-screening-list',
      },
    ]);
  });

  it('countries: every address, nationality and citizenship with its meaning; the main one is the first address, else the nationality', () => {
    const withAddress = parseCsl(
      csv(sdnRow({ addresses: 'Shenyang, CN', nationalities: 'KP', citizenships: 'KP; RU' })),
      'c.csv',
    ).dataset.entities[0]!;
    expect(withAddress).toMatchObject({
      country: 'CN',
      countries: [
        { code: 'CN', as: 'address' },
        { code: 'KP', as: 'nationality' },
        { code: 'KP', as: 'citizenship' },
        { code: 'RU', as: 'citizenship' },
      ],
    });
    expect(parseCsl(csv(sdnRow({ nationalities: 'KP' })), 'c.csv').dataset.entities[0]!.country).toBe('KP');
    expect(parseCsl(csv(sdnRow()), 'c.csv').dataset.entities[0]!.country).toBe('ZZ');
  });

  it('packed ids: identifiers with their country, facts about the party in its notes, sanctions terms on the listing', () => {
    const ids =
      'Passport, 836238033, KP; Secondary sanctions risk:, North Korea Sanctions Regulations, sections 510.201 and 510.210; Gender, Male; Website, example.kp';
    const draft = parseCsl(
      csv(sdnRow({ ids, dates_of_birth: '1978-12-05', places_of_birth: 'Pyongyang', title: 'Trader' })),
      'c.csv',
    );
    expect(draft.dataset.entities[0]).toMatchObject({
      identifiers: [
        { type: 'Passport', value: '836238033', country: 'KP' },
        { type: 'Website', value: 'example.kp' },
      ],
      notes: 'Title: Trader. Born 1978-12-05 in Pyongyang. Gender: Male',
    });
    expect(draft.dataset.listings[0]!.notes).toBe(
      'Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210',
    );
  });

  it('vessels: call sign as an identifier, flag as the country of registration, the rest in notes', () => {
    const draft = parseCsl(
      csv(
        sdnRow({
          type: 'Vessel',
          name: 'PARSHAN',
          call_sign: '9BQL',
          vessel_flag: 'Iran',
          vessel_type: 'General Cargo',
          gross_tonnage: '24065',
        }),
      ),
      'c.csv',
    );
    expect(draft.dataset.entities[0]).toMatchObject({
      kind: 'vessel',
      country: 'IR',
      countries: [{ code: 'IR', as: 'registration' }],
      identifiers: [{ type: 'Call Sign', value: '9BQL' }],
      notes: 'Vessel type: General Cargo. Flag: Iran. Gross tonnage: 24065',
    });
  });

  it('one id on two lists: the same party is one entity listed twice, another party gets its own id; nothing is reported', () => {
    const draft = parseCsl(
      csv(
        sdnRow({ addresses: 'Shenyang, CN' }),
        sdnRow({ source: SSI, programs: 'UKRAINE-EO13662', addresses: 'Pyongyang, KP', alt_names: 'RIM Ryong-nam' }),
        sdnRow({ source: SSI, name: 'Another Party' }),
      ),
      'c.csv',
    );
    expect(problemsOf(draft)).toEqual([]);
    expect(draft.dataset.entities).toMatchObject([
      {
        id: 'ofac-52291',
        name: 'RIM, Ryong Nam',
        aliases: ['RIM Ryong-nam'],
        addresses: [{ text: 'Shenyang, CN' }, { text: 'Pyongyang, KP' }],
      },
      { id: 'ofac-52291-2', name: 'Another Party' },
    ]);
    expect(draft.dataset.listings.map((l) => [l.entity, l.round, l.programme])).toEqual([
      ['ofac-52291', 'csl-SDN-undated', 'NPWMD'],
      ['ofac-52291', 'csl-SSI-undated', 'UKRAINE-EO13662'],
      ['ofac-52291-2', 'csl-SSI-undated', 'NPWMD'],
    ]);
  });

  it('one party twice in one round (the Entity List repeats a name per address) is one listing with both addresses', () => {
    const row = {
      source: EL,
      name: 'Gunther Migeotte',
      start_date: '2010-06-28',
      federal_register_notice: '75 FR 36516',
    };
    const draft = parseCsl(
      csv(
        { ...row, addresses: 'Cape Town, ZA', federal_register_notice: '75 FR 36516, 77 FR 58006' },
        { ...row, addresses: 'Fredrikstad, NO' },
      ),
      'c.csv',
    );
    expect(problemsOf(draft)).toEqual([]);
    expect(draft.dataset.entities).toMatchObject([
      { id: 'csl-EL-gunther-migeotte', addresses: [{ text: 'Cape Town, ZA' }, { text: 'Fredrikstad, NO' }] },
    ]);
    expect(draft.dataset.listings).toMatchObject([{ citation: '75 FR 36516, 77 FR 58006' }]);
  });
});

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

describe('looksLikeCsl', () => {
  it.each([
    [['source', 'name', 'federal_register_notice', 'start_date'], true],
    [['_id', 'source', 'entity_number', 'name', 'source_list_url'], true],
    [['source', 'name'], false],
    [['source', 'name', 'start_date'], false],
    [['Id', 'Label', 'start_date'], false],
  ])('%j → %s', (keys, expected) => {
    expect(looksLikeCsl(keys)).toBe(expected);
  });
});
