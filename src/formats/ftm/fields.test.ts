import { describe, expect, it } from 'vitest';
import { company, person, readFtm as read, sanction } from '../../test/ftmRecords';
import { formatImportProblem } from '../shared/draft';

describe('FollowTheMoney entities', () => {
  it('are named by their caption, with every other name an alias', () => {
    const draft = read(
      company(
        'a',
        {
          name: ['JSC NPO IZHMASH', 'JSC Kalashnikov Concern'],
          alias: ['Kalashnikov'],
          weakAlias: ['IZHMASH'],
          previousName: ['JSC NPO IZHMASH'],
        },
        { caption: 'JSC Kalashnikov Concern' },
      ),
    );
    expect(draft.dataset.entities[0]).toMatchObject({
      name: 'JSC Kalashnikov Concern',
      aliases: ['JSC NPO IZHMASH', 'Kalashnikov', 'IZHMASH'],
    });
  });

  it.each([
    ['Person', 'person'],
    ['Company', 'company'],
    ['Organization', 'organisation'],
    ['LegalEntity', 'company'],
    ['PublicBody', 'agency'],
    ['Vessel', 'vessel'],
    ['Airplane', 'aircraft'],
  ])('draw a %s as a %s', (schema, kind) => {
    expect(read({ id: 'a', schema, properties: { name: ['A'] } }).dataset.entities[0]!.kind).toBe(kind);
  });

  it('leave things that are not parties undrawn, counted once, with the links that reach them', () => {
    const draft = read(
      company('a'),
      { id: 'sec', schema: 'Security', properties: { name: ['Shares'] } },
      { id: 'o1', schema: 'Occupancy', properties: {} },
      { id: 'o2', schema: 'Occupancy', properties: {} },
      { id: 'own', schema: 'Ownership', properties: { owner: ['a'], asset: ['sec'] } },
    );
    expect(draft.dataset.entities.map((e) => e.id)).toEqual(['a']);
    expect(draft.dataset.links).toEqual([]);
    expect(draft.problems).toEqual([]);
    expect(draft.notes).toEqual([
      'Not drawn: 2 Occupancy, 1 Security records (Supply Lines draws parties, vessels and aircraft, and the links and sanctions between them).',
      '1 link or sanction reaches a thing that is not drawn (Security); left out.',
    ]);
  });

  it('take countries with their meaning, the main one jurisdiction first, and addresses from their Address entities', () => {
    const draft = read(
      company('a', {
        country: ['hk', 'ae'],
        jurisdiction: ['cn'],
        mainCountry: ['ru'],
        addressEntity: ['addr-1', 'addr-2'],
        address: ['Room 1, 2 Main Road, Hong Kong', 'Tower B, Dubai'],
      }),
      {
        id: 'addr-1',
        schema: 'Address',
        caption: 'Room 1, 2 Main Road, Hong Kong',
        properties: { full: ['Room 1, 2 Main Road, Hong Kong'], city: ['Hong Kong'], country: ['hk'] },
      },
      { id: 'addr-2', schema: 'Address', properties: { city: ['Moscow'], country: ['ru'] } },
      person('p', { country: ['gb', 'ru'], nationality: ['ru'], citizenship: ['ru'] }),
    );
    expect(draft.dataset.entities[0]).toMatchObject({
      country: 'CN',
      countries: [
        { code: 'CN', as: 'registration' },
        { code: 'RU', as: 'operations' },
        { code: 'HK', as: 'address' },
        { code: 'RU', as: 'address' },
        { code: 'AE', as: 'other' },
      ],
      city: 'Moscow',
      addresses: [
        { text: 'Room 1, 2 Main Road, Hong Kong', city: 'Hong Kong', country: 'HK' },
        { text: 'Tower B, Dubai' },
      ],
    });
    expect(draft.dataset.entities[1]).toMatchObject({
      country: 'GB',
      countries: [
        { code: 'RU', as: 'nationality' },
        { code: 'RU', as: 'citizenship' },
      ],
    });
    expect(draft.notes).toEqual([
      '2 Address records kept as the addresses of the entities that point at them, not drawn.',
    ]);
  });

  it('file FtM’s regions under their country and say once per code what they cannot keep', () => {
    const draft = read(
      company('a', { country: ['ua-cri'] }),
      company('b', { country: ['eu'] }),
      company('c', { country: ['eu', 'suhh'] }),
    );
    expect(draft.dataset.entities.map((e) => e.country)).toEqual(['UA', 'ZZ', 'ZZ']);
    expect(draft.problems.map(formatImportProblem)).toEqual([
      'x.ftm.json, line 2: country "eu" (European Union) is not a country Supply Lines knows; it is left out (on 2 lines, the first given)',
      'x.ftm.json, line 3: country "suhh" (Soviet Union) is not a country Supply Lines knows; it is left out',
    ]);
    expect(draft.notes).toEqual(['Country "ua-cri" (Crimea) is filed under Ukraine (UA).']);
  });

  it('take identifiers from identifier properties (one per number) and Identification and Passport entities', () => {
    const draft = read(
      person('p', { innCode: ['183116181362'], taxNumber: ['183116181362'], idNumber: ['TIN: 183116181362'] }),
      {
        id: 'pass',
        schema: 'Passport',
        properties: { holder: ['p'], number: ['7512345'], type: ['Passport'], country: ['ru'] },
      },
      { id: 'empty', schema: 'Passport', properties: { holder: ['p'] } },
    );
    expect(draft.dataset.entities[0]!.identifiers).toEqual([
      { type: 'INN', value: '183116181362' },
      { type: 'ID number', value: 'TIN: 183116181362' },
      { type: 'Passport', value: '7512345', country: 'RU' },
    ]);
    expect(draft.notes).toEqual([
      '1 Identification or Passport record kept as identifiers of its holder.',
      '1 Identification or Passport record gives no number; left out.',
    ]);
  });
});

describe('FollowTheMoney sanctions', () => {
  it.each([
    ['a start date', { startDate: ['2023-02-24'], listingDate: ['2023-02-24'] }, '2023-02-24', undefined],
    ['a listing date only', { listingDate: ['2022-03-01T00:00:00'] }, '2022-03-01', undefined],
    ['a plain date only', { date: ['2021'] }, '2021', undefined],
    [
      'a listing date apart from the start',
      { startDate: ['2023-12-18'], listingDate: ['2025-03-15'] },
      '2023-12-18',
      '2025-03-15',
    ],
    ['no date at all', {}, undefined, undefined],
  ])('are dated by %s', (_, dates, roundDate, listedOn) => {
    const draft = read(company('a'), sanction('s', dates));
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.rounds[0]!.date).toBe(roundDate);
    expect(draft.dataset.listings[0]!.listedOn).toBe(listedOn);
  });

  it.each([
    [
      'a status that says delisted',
      { status: ['Delisted'], endDate: ['2024-01-05'] },
      { status: 'delisted', date: '2024-01-05' },
      undefined,
    ],
    ['a status that says inactive', { status: ['Inactive'] }, { status: 'expired' }, undefined],
    [
      'an end date that has passed',
      { status: ['expired'], endDate: ['2024-10-30'] },
      { status: 'expired', date: '2024-10-30' },
      undefined,
    ],
    [
      'an end date past, status active',
      { status: ['active'], endDate: ['2025-10-30'] },
      { status: 'expired', date: '2025-10-30' },
      undefined,
    ],
    [
      'an end date still to come',
      { status: ['active'], endDate: ['2033-07-01'] },
      undefined,
      'In force until 2033-07-01.',
    ],
    ['an unusual status', { status: ['Under review'] }, undefined, 'Status: Under review.'],
  ])('end by %s', (_, fields, end, notes) => {
    const listing = read(company('a'), sanction('s', { startDate: ['2021-10-30'], ...fields })).dataset.listings[0]!;
    expect(listing.end).toEqual(end);
    expect(listing.notes).toBe(notes);
  });

  it('keep programme, list, citation, reason and provisions, and group undated ones by authority and list', () => {
    const draft = read(
      company('a'),
      sanction('s1', {
        program: ['RUSSIA-EO14024', 'UKRAINE-EO13662'],
        programId: ['US-RUSHAR'],
        authorityId: ['45928'],
        unscId: ['UN-1'],
        reason: ['Owns LLC CST.'],
        provisions: ['Block'],
      }),
      sanction('s2', { entity: ['b'], program: ['RUSSIA-EO14024'], programId: ['US-RUSHAR'] }),
      company('b'),
    );
    expect(draft.dataset.rounds).toEqual([
      { id: 'US-RUSHAR-undated', authority: 'UK', list: 'RUSSIA-EO14024', programme: 'US-RUSHAR', sources: ['file'] },
    ]);
    expect(draft.dataset.listings[0]).toEqual({
      entity: 'a',
      round: 'US-RUSHAR-undated',
      programme: 'UKRAINE-EO13662',
      citation: '45928; UN-1',
      reason: 'Owns LLC CST.',
      notes: 'Provisions: Block.',
      sources: ['file'],
    });
    expect(draft.dataset.listings[1]).toMatchObject({ entity: 'b', round: 'US-RUSHAR-undated' });
  });

  it('keep two entries of one list for one party as two listings in the same round, each with its citation', () => {
    const draft = read(
      company('a'),
      sanction('s1', { program: ['RUSSIA-EO14024'], authorityId: ['45928'] }),
      sanction('s2', { program: ['RUSSIA-EO14024'], authorityId: ['45934'] }),
    );
    expect(draft.dataset.listings).toEqual([
      { entity: 'a', round: 'UK-RUSSIA-EO14024-undated', citation: '45928', sources: ['file'] },
      { entity: 'a', round: 'UK-RUSSIA-EO14024-undated', citation: '45934', sources: ['file'] },
    ]);
    expect(draft.notes ?? []).toEqual([]);
  });
});
