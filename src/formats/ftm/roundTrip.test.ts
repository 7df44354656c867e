import { describe, expect, it } from 'vitest';
import { toFtmLines } from './write';
import type { Dataset, Round } from '../../model/types';
import { makeDataset, makeEntity, makeRound } from '../../test/factories';
import { ftmV2Dataset as v2 } from '../../test/ftmV2Dataset';
import { makeV2Dataset } from '../../test/v2Dataset';
import { validateDataset } from '../../validate/validateDataset';
import { parseFtm } from './read';

const TODAY = '2026-06-01';
const roundTrip = (dataset: Dataset) => parseFtm(toFtmLines(dataset), 'dataset.ftm.json', () => {}, TODAY);

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
