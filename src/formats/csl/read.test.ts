import { describe, expect, it } from 'vitest';
import { EL, SSI, csv, elRow, sdnRow } from '../../test/cslRows';
import { validateDataset } from '../../validate/validateDataset';
import { formatImportProblem } from '../shared/draft';
import { looksLikeCsl, parseCsl } from './read';

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
