import { describe, expect, it } from 'vitest';
import { entity, expectRowKept, jsonResults, listingsPerList, text, undatedListings } from '../../test/cslExtracts';
import { validateDataset } from '../../validate/validateDataset';
import { parseCsl } from './read';

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
