import { describe, expect, it } from 'vitest';
import { toFtmLines } from './write';
import type { Dataset, Round } from '../../model/types';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../../test/factories';
import { makeV2Dataset } from '../../test/v2Dataset';
import { validateDataset } from '../../validate/validateDataset';
import { parseFtm } from './read';

const TODAY = '2026-06-01';
const roundTrip = (dataset: Dataset) => parseFtm(toFtmLines(dataset), 'dataset.ftm.json', () => {}, TODAY);

/** A version 2 dataset using every field FtM can carry, and some it has no property for. */
const v2 = makeDataset({
  sources: [
    makeSource({ id: 'src-1' }),
    makeSource({
      id: 'src:2',
      title: 'OFAC notice',
      publisher: 'OFAC',
      url: 'https://ofac.example/2',
      date: '2024-02-01',
    }),
  ],
  rounds: [
    makeRound({
      id: 'ofac-2023',
      authority: 'US OFAC',
      list: 'SDN List',
      programme: 'RUSSIA-EO14024',
      date: '2023-11-02',
      published: '2023-11-03',
      citation: '88 FR 1',
      summary: '30 entities',
    }),
    makeRound({
      id: 'uk-undated',
      authority: 'UK',
      list: 'Russia regime',
      programme: 'GB-RUS',
      date: undefined,
      sources: ['src:2'],
    }),
  ],
  entities: [
    makeEntity({
      id: 'cst',
      name: 'LLC CST',
      aliases: ['Zala Aero Group'],
      kind: 'company',
      role: 'manufacturer',
      country: 'RU',
      countries: [
        { code: 'HK', as: 'address' },
        { code: 'RU', as: 'registration' },
        { code: 'RU', as: 'operations' },
        { code: 'AE', as: 'address' },
        { code: 'KZ', as: 'other' },
      ],
      city: 'Izhevsk',
      addresses: [
        { text: '9 Salyama Adilya St., Moscow, 123154', city: 'Moscow', country: 'RU' },
        { text: 'Room 5, Kowloon', country: 'HK' },
        { text: 'somewhere in Izhevsk' },
      ],
      identifiers: [
        { type: 'INN', value: '1831087254' },
        { type: 'OGRN', value: '1021801174920' },
        { type: 'Licence', value: 'L-7' },
        { type: 'Registration number', value: 'R-1', country: 'RU' },
      ],
      notes: 'Maker of the Lancet.',
      uncertain: 'Trade name only.',
    }),
    makeEntity({
      id: 'zakharov',
      name: 'Alexander Zakharov',
      kind: 'person',
      role: 'owner',
      countries: [
        { code: 'RU', as: 'nationality' },
        { code: 'BY', as: 'citizenship' },
      ],
      identifiers: [
        { type: 'Passport', value: '7512345' },
        { type: 'Passport', value: '99', country: 'BY' },
      ],
    }),
    makeEntity({ id: 'nikita', name: 'Nikita Zakharov', kind: 'person', role: 'owner' }),
    makeEntity({
      id: 'vessel',
      name: 'Sea Star',
      kind: 'vessel',
      role: 'logistics',
      country: 'PA',
      countries: [{ code: 'PA', as: 'registration' }],
      identifiers: [
        { type: 'IMO', value: '9123456' },
        { type: 'MMSI', value: '352000000' },
      ],
    }),
    makeEntity({
      id: 'plane',
      name: 'RA-12345',
      kind: 'aircraft',
      role: 'logistics',
      country: 'RU',
      identifiers: [{ type: 'Serial number', value: 'SN-1' }],
    }),
    makeEntity({ id: 'programme', name: "Iran's UAV programme", kind: 'programme', role: 'end-user', country: 'IR' }),
    makeEntity({ id: 'modafl', name: 'MODAFL', kind: 'agency', role: 'end-user', country: 'IR' }),
  ],
  listings: [
    makeListing({ entity: 'cst', round: 'ofac-2023', reason: 'Drones.' }),
    makeListing({
      entity: 'zakharov',
      round: 'ofac-2023',
      date: '2023-12-01',
      listedOn: '2023-12-04',
      programme: 'UKRAINE-EO13662',
      citation: 'OFAC 45937',
      notes: 'Round date: looks like a marker',
      uncertain: 'Spelling differs.',
      end: { status: 'delisted', date: '2025-01-10', reason: 'Petition granted.', sources: ['src:2'] },
    }),
    makeListing({ entity: 'cst', round: 'uk-undated', sources: ['src:2'], end: { status: 'expired' } }),
    makeListing({
      entity: 'nikita',
      round: 'uk-undated',
      date: '2023-02-08',
      citation: 'RUS1712',
      end: { status: 'suspended', date: '2024-03-01' },
    }),
  ],
  links: [
    makeLink({
      id: 'own',
      source: 'zakharov',
      target: 'cst',
      kind: 'owns',
      share: 51.5,
      role: 'beneficial owner',
      period: { from: '2015-11-25', to: '2023-03-02' },
      confidence: 'official',
      sources: ['src-1', 'src:2'],
      quotes: [
        { source: 'src:2', text: 'Zakharov holds 51.5%:\nthe rest is Kalashnikov’s.' },
        { source: 'src-1', text: 'Quote from a quote: fine.' },
      ],
    }),
    makeLink({ id: 'control', source: 'zakharov', target: 'cst', kind: 'controls', share: 75, role: 'voting' }),
    makeLink({
      id: 'director',
      source: 'zakharov',
      target: 'cst',
      kind: 'directs',
      role: 'General director',
      period: { from: '2017-10-23' },
    }),
    makeLink({ id: 'employs', source: 'cst', target: 'nikita', kind: 'employs', role: 'engineer' }),
    makeLink({ id: 'member', source: 'cst', target: 'modafl', kind: 'member-of' }),
    makeLink({ id: 'agent', source: 'nikita', target: 'cst', kind: 'represents', role: 'lawyer' }),
    makeLink({ id: 'family', source: 'nikita', target: 'zakharov', kind: 'family', role: 'son' }),
    makeLink({
      id: 'associate',
      source: 'nikita',
      target: 'zakharov',
      kind: 'associated-with',
      role: 'co-founder',
      notes: 'confidence: high, they say',
    }),
    makeLink({ id: 'associate-2', source: 'cst', target: 'zakharov', kind: 'associated-with' }),
    makeLink({ id: 'part', source: 'cst', target: 'modafl', kind: 'part-of', uncertain: 'Reported only.' }),
    makeLink({
      id: 'pays',
      source: 'modafl',
      target: 'cst',
      kind: 'pays',
      items: ['payments for drones'],
      role: 'advance',
    }),
    makeLink({
      id: 'supplies',
      source: 'cst',
      target: 'programme',
      kind: 'supplies',
      items: ['UAV engines'],
      role: 'sole supplier',
      confidence: 'inferred',
    }),
    makeLink({ id: 'ships', source: 'vessel', target: 'modafl', kind: 'ships' }),
    makeLink({ id: 'flies', source: 'plane', target: 'modafl', kind: 'ships' }),
  ],
});

const roundEssentials = (r: Round) => ({
  id: r.id,
  authority: r.authority,
  list: r.list,
  programme: r.programme,
  date: r.date,
  published: r.published,
  citation: r.citation,
  summary: r.summary,
});

describe('the FollowTheMoney round trip of version 2', () => {
  it('starts from a valid dataset', () => {
    expect(validateDataset(v2).problems).toEqual([]);
  });

  it('brings back the same entities, links, listings and sources, and the rounds’ essentials', () => {
    const draft = roundTrip(v2);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(v2.entities);
    expect(draft.dataset.links).toEqual(v2.links);
    expect(draft.dataset.listings).toEqual(v2.listings);
    expect(draft.dataset.sources).toEqual(v2.sources);
    expect(draft.dataset.rounds.map(roundEssentials)).toEqual(v2.rounds.map(roundEssentials));
  });

  it('writes proper FtM: Vessel, Airplane, Address, Passport, Ownership with its percentage, Directorship, Family, Associate, Control', () => {
    const records = toFtmLines(v2)
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { id: string; schema: string; caption?: string; properties: Record<string, string[]> },
      );
    const byId = (id: string) => records.find((r) => r.id === id)!;
    expect(byId('cst')).toMatchObject({
      caption: 'LLC CST',
      schema: 'Company',
      properties: {
        jurisdiction: ['ru'],
        mainCountry: ['ru'],
        country: ['ru', 'kz'],
        innCode: ['1831087254'],
        ogrnCode: ['1021801174920'],
      },
    });
    expect(byId('zakharov').properties).toMatchObject({
      nationality: ['ru'],
      citizenship: ['by'],
      passportNumber: ['7512345'],
    });
    expect(byId('vessel')).toMatchObject({
      schema: 'Vessel',
      properties: { flag: ['pa'], imoNumber: ['9123456'], mmsi: ['352000000'] },
    });
    expect(byId('plane').schema).toBe('Airplane');
    expect(records.filter((r) => r.schema === 'Address').map((r) => r.properties)).toEqual([
      { full: ['9 Salyama Adilya St., Moscow, 123154'], city: ['Moscow'], country: ['ru'] },
      { full: ['Room 5, Kowloon'], country: ['hk'] },
      { full: ['somewhere in Izhevsk'] },
      { country: ['ae'] },
    ]);
    expect(records.filter((r) => r.schema === 'Passport').map((r) => r.properties)).toEqual([
      { holder: ['zakharov'], number: ['7512345'], type: ['Passport'] },
      { holder: ['zakharov'], number: ['99'], type: ['Passport'], country: ['by'] },
    ]);
    expect(records.filter((r) => r.schema === 'Identification').map((r) => r.properties.type![0])).toEqual([
      'INN',
      'OGRN',
      'Licence',
      'Registration number',
      'IMO',
      'MMSI',
      'Serial number',
    ]);
    expect(byId('own')).toMatchObject({
      schema: 'Ownership',
      properties: {
        owner: ['zakharov'],
        asset: ['cst'],
        percentage: ['51.5'],
        role: ['beneficial owner'],
        startDate: ['2015-11-25'],
        endDate: ['2023-03-02'],
      },
    });
    expect(byId('director')).toMatchObject({
      schema: 'Directorship',
      properties: { director: ['zakharov'], organization: ['cst'], role: ['General director'] },
    });
    expect(byId('employs')).toMatchObject({
      schema: 'Employment',
      properties: { employer: ['cst'], employee: ['nikita'] },
    });
    expect(byId('family')).toMatchObject({
      schema: 'Family',
      properties: { person: ['nikita'], relative: ['zakharov'], relationship: ['son'] },
    });
    expect(byId('associate').schema).toBe('Associate');
    expect(byId('associate-2')).toMatchObject({ schema: 'UnknownLink', properties: { role: ['associated-with'] } });
    expect(byId('control')).toMatchObject({
      schema: 'Control',
      properties: { controller: ['zakharov'], controlled: ['cst'], role: ['voting'] },
    });
    expect(byId('pays')).toMatchObject({
      schema: 'Payment',
      properties: { payer: ['modafl'], beneficiary: ['cst'], purpose: ['advance'] },
    });
    expect(byId('supplies')).toMatchObject({
      schema: 'UnknownLink',
      properties: { role: ['supplies', 'sole supplier'] },
    });
    expect(byId('zakharov--ofac-2023')).toMatchObject({
      schema: 'Sanction',
      properties: {
        startDate: ['2023-12-01'],
        listingDate: ['2023-12-04'],
        endDate: ['2025-01-10'],
        status: ['delisted'],
        authorityId: ['OFAC 45937'],
        program: ['SDN List', 'UKRAINE-EO13662'],
      },
    });
  });

  it('does not carry a round’s title, notes, uncertainty, effective date or size: FtM has no record for a round', () => {
    const round = makeRound({ title: 'T', notes: 'N', uncertain: 'U', effective: '2023-10-01', size: { entities: 3 } });
    const back = roundTrip(makeDataset({ rounds: [round] })).dataset.rounds[0]!;
    expect(back.id).toBe(round.id);
    for (const lost of ['title', 'notes', 'uncertain', 'effective', 'size']) expect(back).not.toHaveProperty(lost);
  });

  it.each([
    ['a company’s nationality', { countries: [{ code: 'TR', as: 'nationality' as const }] }],
    [
      'an aircraft’s registration',
      { kind: 'aircraft' as const, countries: [{ code: 'TR', as: 'registration' as const }] },
    ],
    [
      'a main country other than the registration one',
      { country: 'HK', countries: [{ code: 'CN', as: 'registration' as const }] },
    ],
    [
      'an address whose country is not among the countries',
      { countries: [{ code: 'RU', as: 'citizenship' as const }], addresses: [{ text: 'Tower B', country: 'AE' }] },
    ],
    ['the main country listed without meaning', { countries: [{ code: 'RU', as: 'other' as const }] }],
    [
      'no main country, with others',
      {
        country: 'ZZ',
        countries: [
          { code: 'IR', as: 'operations' as const },
          { code: 'AE', as: 'other' as const },
        ],
      },
    ],
  ])('keeps, through its countries marker, %s', (_, fields) => {
    const entity = makeEntity(fields);
    const draft = roundTrip(makeDataset({ entities: [entity, makeEntity({ id: 'entity-2' })] }));
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities[0]).toEqual(entity);
  });

  it.each([
    [
      'identifiers in an order of their own',
      {
        identifiers: [
          { type: 'Licence', value: 'L' },
          { type: 'INN', value: '1' },
        ],
      },
    ],
    [
      'two identifiers with one number',
      {
        identifiers: [
          { type: 'INN', value: '1' },
          { type: 'Tax number', value: '1' },
        ],
      },
    ],
    ['an empty list of countries', { countries: [] }],
  ])('keeps %s', (_, fields) => {
    const entity = makeEntity(fields);
    expect(roundTrip(makeDataset({ entities: [entity, makeEntity({ id: 'entity-2' })] })).dataset.entities[0]).toEqual(
      entity,
    );
  });

  it('brings back the shared version 2 dataset every format round-trips', () => {
    const shared = makeV2Dataset();
    const draft = roundTrip(shared);
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toEqual(shared.entities);
    expect(draft.dataset.links).toEqual(shared.links);
    expect(draft.dataset.listings).toEqual(shared.listings);
    expect(draft.dataset.sources).toEqual(shared.sources);
    expect(draft.dataset.rounds.map(roundEssentials)).toEqual(shared.rounds.map(roundEssentials));
  });
});
