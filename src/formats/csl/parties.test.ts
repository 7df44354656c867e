import { describe, expect, it } from 'vitest';
import { EL, SSI, csv, sdnRow } from '../../test/cslRows';
import { formatImportProblem } from '../shared/draft';
import { parseCsl } from './read';

const problemsOf = (draft: ReturnType<typeof parseCsl>) => draft.problems.map(formatImportProblem);

describe('parseCsl', () => {
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
