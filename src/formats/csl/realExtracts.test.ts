import { describe, expect, it } from 'vitest';
import { csvRows, entity, expectRowKept, listingsPerList, read, text, undatedListings } from '../../test/cslExtracts';
import { validateDataset } from '../../validate/validateDataset';
import { parseCsl } from './read';

describe('moov-io/watchman consolidated.csv: 13 rows of the CSL CSV of 2025', () => {
  const rows = csvRows(read('watchman-consolidated.csv'));
  const draft = parseCsl(read('watchman-consolidated.csv'), 'consolidated.csv');

  it('imports every row, with no problem: 13 entities, 13 listings, 9 of them undated', () => {
    expect(rows).toHaveLength(13);
    expect(draft.problems).toEqual([]);
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities).toHaveLength(13);
    expect(listingsPerList(draft.dataset)).toEqual({
      'Nonproliferation Sanctions (ISN)': 1,
      'Unverified List (UVL)': 1,
      'Military End User (MEU) List': 1,
      'Palestinian Legislative Council List (PLC)': 2,
      'Specially Designated Nationals (SDN)': 1,
      'ITAR Debarred (DTC)': 1,
      'Denied Persons List (DPL)': 1,
      'Sectoral Sanctions Identifications List (SSI)': 3,
      'Foreign Sanctions Evaders (FSE)': 1,
      'Entity List (EL)': 1,
    });
    expect(undatedListings(draft.dataset)).toBe(rows.filter((r) => !text(r.start_date)).length);
    expect(undatedListings(draft.dataset)).toBe(9);
  });

  it.each(rows.map((row) => [text(row.name), row] as const))('keeps all of %s', (_, row) =>
    expectRowKept(draft.dataset, row),
  );

  it('RIM, Ryong Nam (SDN 52291), field by field', () => {
    expect(entity(draft.dataset, 'ofac-52291')).toEqual({
      id: 'ofac-52291',
      name: 'RIM, Ryong Nam',
      aliases: [],
      kind: 'person',
      role: 'other',
      country: 'CN',
      countries: [
        { code: 'CN', as: 'address' },
        { code: 'KP', as: 'address' },
        { code: 'KP', as: 'nationality' },
      ],
      addresses: [
        { text: 'Shenyang, CN', country: 'CN' },
        { text: 'Pyongyang, KP', country: 'KP' },
      ],
      identifiers: [{ type: 'Passport', value: '836238033', country: 'KP' }],
      notes: 'Born 1978-12-05. Gender: Male',
      sources: ['csl-source-6', 'csl-source-7'],
      listings: [
        {
          entity: 'ofac-52291',
          round: 'csl-SDN-undated',
          programme: 'NPWMD',
          notes:
            'Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210. Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214',
          sources: ['csl-source-6', 'csl-source-7'],
        },
      ],
    });
    expect(draft.dataset.rounds.find((r) => r.id === 'csl-SDN-undated')).toEqual({
      id: 'csl-SDN-undated',
      authority: 'US OFAC',
      list: 'Specially Designated Nationals (SDN)',
      sources: ['csl-source-6', 'csl-source-7'],
    });
    expect(
      draft.dataset.sources.filter((s) => ['csl-source-6', 'csl-source-7'].includes(s.id)).map((s) => s.url),
    ).toEqual([
      'https://sanctionslist.ofac.treas.gov/Home/SdnList',
      'https://home.treasury.gov/policy-issues/financial-sanctions/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
    ]);
  });

  it('CETC 13 on the Entity List, field by field: three addresses, dated round with its notices', () => {
    const id = 'csl-99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be';
    expect(entity(draft.dataset, id)).toMatchObject({
      name: 'China Electronics Technology Group Corporation 13th Research Institute (CETC 13)',
      aliases: [
        'Hebei Semiconductor Research Institute',
        'HSRI',
        'Hebei Institute of Semiconductors',
        'Hebei Semiconductor Institute',
        'Hebei Semiconductor',
        'CETC Research Institute 13',
      ],
      kind: 'company',
      country: 'CN',
      countries: [{ code: 'CN', as: 'address' }],
      addresses: [
        { text: '113 Hezuo Road, Shijiazhuang, Hebei, China', country: 'CN' },
        { text: '21 Changsheng Street, Shijiazhuang, Hebei, China', country: 'CN' },
        { text: '21 Changsheng Road, Shijiazhuang, Hebei, China, Shijiazhuang, Hebei Province, CN', country: 'CN' },
      ],
      listings: [
        {
          round: 'csl-EL-2018-08-01',
          citation: '83 FR 37423; 87 FR 77505',
          reason: 'For all items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR)',
          notes:
            'License policy: Policy of denial for all items subject to the EAR apart from food and medicine designated as EAR99, which will be reviewed on a case-by-case basis. See §§ 746.8(b) and 744.21(e).',
        },
      ],
    });
    expect(draft.dataset.rounds.find((r) => r.id === 'csl-EL-2018-08-01')).toMatchObject({
      authority: 'US BIS',
      list: 'Entity List (EL)',
      date: '2018-08-01',
      citation: '83 FR 37423; 87 FR 77505',
    });
  });

  it('I. ASH on the Denied Persons List: a 50-year denial that ends in 2056', () => {
    expect(entity(draft.dataset, 'csl-b601cbf2841d0aaedfe63661581ffbc3d54b6ba39d7e3a9027cff50e')).toMatchObject({
      name: 'I. ASH',
      country: 'US',
      notes: '50 YEAR DENIAL',
      listings: [
        {
          round: 'csl-DPL-2002-03-04',
          citation: '67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06',
          end: { status: 'expired', date: '2056-06-29' },
          notes: 'Standard order: Y',
        },
      ],
    });
  });
});

describe('moov-io/watchman csl.csv: 115 rows of the CSL CSV of 2019 (ids packed type last)', () => {
  const rows = csvRows(read('watchman-csl-2019.csv'));
  const draft = parseCsl(read('watchman-csl-2019.csv'), 'csl.csv');

  it('imports every row with no problem; rows of one party merge: 110 entities, 113 listings, 82 undated', () => {
    expect(rows).toHaveLength(115);
    expect(draft.problems).toEqual([]);
    expect(validateDataset(draft.dataset).ok).toBe(true);
    // Gunther Migeotte is on the Entity List in five rows (two on 2010-06-28), AL NASER WINGS AIRLINES on the DPL in two of one day.
    expect(draft.dataset.entities).toHaveLength(115 - 4 - 1);
    expect(listingsPerList(draft.dataset)).toEqual({
      'Specially Designated Nationals (SDN)': 28,
      'Sectoral Sanctions Identifications List (SSI)': 26,
      'Entity List (EL)': 21,
      'Palestinian Legislative Council List (PLC)': 13,
      'ITAR Debarred (DTC)': 10,
      'Denied Persons List (DPL)': 7,
      'Unverified List (UVL)': 4,
      'Nonproliferation Sanctions (ISN)': 3,
      'Capta List (CAP)': 1,
    });
    expect(undatedListings(draft.dataset)).toBe(rows.filter((r) => !text(r.start_date)).length);
    expect(draft.dataset.entities.filter((e) => e.kind === 'person')).toHaveLength(
      rows.filter((r) => r.type === 'Individual').length,
    );
    expect(draft.dataset.entities.filter((e) => e.kind === 'vessel').map((e) => e.name)).toEqual([
      '7-28',
      'ADRIAN DARYA 1',
    ]);
  });

  it.each(rows.map((row, i) => [i + 2, text(row.name), row] as const))('keeps all of line %i, %s', (_, __, row) =>
    expectRowKept(draft.dataset, row),
  );

  it('ADRIAN DARYA 1, field by field: a vessel flagged in Iran, its IMO number read from the old packing', () => {
    expect(entity(draft.dataset, 'ofac-27304')).toEqual({
      id: 'ofac-27304',
      name: 'ADRIAN DARYA 1',
      aliases: ['GRACE 1'],
      kind: 'vessel',
      role: 'other',
      country: 'IR',
      countries: [{ code: 'IR', as: 'registration' }],
      identifiers: [{ type: 'Vessel Registration Identification', value: 'IMO 9116412' }],
      notes: 'Vessel type: Crude Oil Tanker. Flag: Iran. Former Vessel Flag: Panama',
      sources: ['csl-source-4', 'csl-source-5'],
      listings: [
        {
          entity: 'ofac-27304',
          round: 'csl-SDN-undated',
          programme: 'SDGT',
          sources: ['csl-source-4', 'csl-source-5'],
        },
      ],
    });
    expect(entity(draft.dataset, 'ofac-20264').identifiers).toEqual([
      { type: 'Tax ID No.', value: '80-0890696', country: 'US' },
    ]);
  });

  it('Gunther Migeotte: one entity with all eight addresses, listed on four days', () => {
    const migeotte = entity(draft.dataset, 'csl-EL-gunther-migeotte');
    expect(migeotte.addresses).toHaveLength(8);
    expect(migeotte.countries).toEqual([
      { code: 'ZA', as: 'address' },
      { code: 'NO', as: 'address' },
    ]);
    expect(migeotte.listings.map((l) => [l.round, l.citation])).toEqual([
      ['csl-EL-2010-06-28', '75 FR 36516, 77 FR 58006 (no. 182)'],
      ['csl-EL-2010-07-01', '75 FR 36516'],
      ['csl-EL-2010-06-30', '75 FR 36516'],
      ['csl-EL-2010-06-29', '75 FR 36516'],
    ]);
  });
});
