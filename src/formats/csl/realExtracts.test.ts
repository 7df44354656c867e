import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Loose } from '../../model/loose';
import type { Dataset } from '../../model/types';
import { validateDataset } from '../../validate/validateDataset';
import { parseCsl } from './read';

/** Real extracts of the Consolidated Screening List; their origin is in src/test/fixtures/real/README.md. */
const DIR = new URL('../../test/fixtures/real/csl/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const csvRows = (text: string) => Papa.parse<Loose>(text, { header: true, skipEmptyLines: true }).data;
const jsonResults = () =>
  readdirSync(new URL('ita-webservices/', DIR))
    .sort()
    .flatMap((f) => JSON.parse(read(`ita-webservices/${f}`)) as Loose[]);

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const items = (v: unknown) =>
  (Array.isArray(v) ? v.map(String) : text(v) ? text(v).split(/;\s*(?:and\s+)?/) : [])
    .map((s) => s.trim())
    .filter(Boolean);
const squeeze = (s: string) => s.replace(/\s+/g, '');
const listOf = (row: Loose) => text(row.source).slice(0, text(row.source).lastIndexOf(' - '));
const nameOf = (row: Loose) => text(row.name).replace(/;\s*and any successor, sub-unit, or subsidiary thereof$/, '');

/**
 * Every part of a row is somewhere in what it became: its entity (by name) has a listing on its list,
 * dated as the row is or undated, with its programmes and Federal Register notice; the entity has its
 * aliases and addresses, and every piece of every id is in the entity or the listing.
 */
function expectRowKept(dataset: Dataset, row: Loose) {
  // A row with an id of its own is its own entity (three rows of the Entity List name "Qazi Abdallah").
  const rowId = text(row['_id']) || text(row.id);
  const own = text(row.entity_number) ? `ofac-${text(row.entity_number)}` : rowId ? `csl-${rowId}` : undefined;
  const entity = dataset.entities.find((e) => e.name === nameOf(row) && (!own || e.id === own));
  expect(entity, `an entity named ${nameOf(row)}`).toBeDefined();
  const listing = dataset.listings.find(
    (l) =>
      l.entity === entity!.id &&
      dataset.rounds.some(
        (r) => r.id === l.round && r.list === listOf(row) && r.date === (text(row.start_date) || undefined),
      ),
  );
  expect(listing, `${nameOf(row)} listed on ${listOf(row)} ${text(row.start_date) || 'undated'}`).toBeDefined();
  for (const programme of items(row.programs)) expect(listing!.programme?.split('; ')).toContain(programme);
  if (text(row.federal_register_notice))
    expect(squeeze(listing!.citation ?? '')).toContain(squeeze(text(row.federal_register_notice)));
  for (const alias of items(row.alt_names)) expect([entity!.name, ...entity!.aliases]).toContain(alias);
  const addresses = (entity!.addresses ?? []).map((a) => a.text);
  for (const address of Array.isArray(row.addresses)
    ? row.addresses.map((a: Loose) => text(a.address)).filter(Boolean)
    : items(row.addresses)) {
    expect(
      addresses.some((a) => a.includes(address)),
      `address ${address}`,
    ).toBe(true);
  }
  const kept = JSON.stringify([entity, listing]);
  const idParts = Array.isArray(row.ids)
    ? row.ids.flatMap((id: Loose) => [text(id.number), text(id.type)])
    : items(row.ids).flatMap((id) => id.split(/\s*,\s*/));
  // A type keeps its words; the ":" or "-" that closes it in the list is punctuation.
  for (const part of idParts.map((p) => p.replace(/\s*[:-]+$/, '')).filter(Boolean))
    expect(kept, `id part ${part}`).toContain(JSON.stringify(part).slice(1, -1));
}

const listingsPerList = (dataset: Dataset) => {
  const counts: Record<string, number> = {};
  for (const l of dataset.listings) {
    const list = dataset.rounds.find((r) => r.id === l.round)!.list;
    counts[list] = (counts[list] ?? 0) + 1;
  }
  return counts;
};
const undatedListings = (dataset: Dataset) =>
  dataset.listings.filter((l) => !dataset.rounds.find((r) => r.id === l.round)!.date).length;
const entity = (dataset: Dataset, id: string) => ({
  ...dataset.entities.find((e) => e.id === id),
  listings: dataset.listings.filter((l) => l.entity === id),
});

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

describe("ITA's own CSL API results (GovWizely/webservices): 56 entries of eleven lists, as JSON", () => {
  const results = jsonResults();
  const draft = parseCsl(JSON.stringify({ total: results.length, results }), 'consolidated.json');

  it('imports every entry with no problem: 56 entities, 56 listings, 37 undated', () => {
    expect(draft.problems).toEqual([]);
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities).toHaveLength(56);
    expect(listingsPerList(draft.dataset)).toEqual({
      'Denied Persons List (DPL)': 9,
      'ITAR Debarred (DTC)': 4,
      'Entity List (EL)': 7,
      'List of Persons Identified as Blocked Solely Pursuant to Executive Order 13599 (13599)': 2,
      'Foreign Sanctions Evaders (FSE)': 3,
      'Nonproliferation Sanctions (ISN)': 3,
      'Part 561 List (561)': 1,
      'Palestinian Legislative Council List (PLC)': 6,
      'Specially Designated Nationals (SDN)': 4,
      'Sectoral Sanctions Identifications List (SSI)': 4,
      'Unverified List (UVL)': 13,
    });
    expect(undatedListings(draft.dataset)).toBe(37);
  });

  it.each(results.map((row) => [text(row.name), row] as const))('keeps all of %s', (_, row) =>
    expectRowKept(draft.dataset, row),
  );

  it("JIM'ALE, Ahmed Nur Ali (SDN 6982), field by field: addresses with cities, three kinds of country, the passport's dates", () => {
    expect(entity(draft.dataset, 'ofac-6982')).toMatchObject({
      name: "JIM'ALE, Ahmed Nur Ali",
      kind: 'person',
      country: 'AE',
      countries: [
        { code: 'AE', as: 'address' },
        { code: 'SO', as: 'address' },
        { code: 'DJ', as: 'address' },
        { code: 'SO', as: 'nationality' },
        { code: 'SO', as: 'citizenship' },
        { code: 'DJ', as: 'citizenship' },
      ],
      addresses: [
        { text: 'P.O. Box 3312, Dubai, AE', city: 'Dubai', country: 'AE' },
        { text: 'Mogadishu, SO', city: 'Mogadishu', country: 'SO' },
        { text: 'Djibouti, DJ', city: 'Djibouti', country: 'DJ' },
      ],
      identifiers: [{ type: 'Passport', value: 'A0181988', country: 'SO' }],
      notes:
        'Born 1954-05-20 or circa 1954 in Eilbur, Somalia. Passport A0181988: issued 2001-10-01, expires 2011-01-23. Additional Djiboutian passport issued in 2010.',
      listings: [{ round: 'csl-SDN-undated', programme: 'SDGT' }],
    });
  });

  it('PARSHAN, a vessel, and Abdul Qadeer Khan on the nonproliferation list with its own country', () => {
    expect(entity(draft.dataset, 'ofac-11043')).toMatchObject({
      kind: 'vessel',
      country: 'IR',
      aliases: ['IRAN BRIGHTNESS', 'BRIGHTNESS', 'MARIGOLD'],
      identifiers: [{ type: 'Vessel Registration Identification', value: 'IMO 9051648', country: 'IR' }],
      notes:
        'Vessel type: General Cargo. Flag: Iran. Vessel owner: IRISL. Gross tonnage: 24065. Gross registered tonnage: 16621',
    });
    expect(entity(draft.dataset, 'csl-2d2db09c686e4829d0ef1b0b04145eec3d42cd88')).toMatchObject({
      name: 'Abdul Qadeer Khan',
      country: 'PK',
      countries: [{ code: 'PK', as: 'other' }],
      notes: 'Associated with the A.Q. Khan Network',
      listings: [
        {
          round: 'csl-ISN-2009-01-09',
          programme: 'E.O. 13382; Export-Import Bank Act; Nuclear Proliferation Prevention Act',
          citation: 'Vol. 74, No. 11, 01/16/09',
        },
      ],
    });
  });
});
