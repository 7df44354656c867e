import { seededRandom } from './generateNetwork';

const COUNTRIES = ['cn', 'hk', 'ru', 'ir', 'tr', 'ae', 'fi', 'de', 'in', 'kz', 'am', 'uz'];
const WORDS = [
  'Alpha',
  'Nova',
  'Pacific',
  'Trade',
  'Tech',
  'Micro',
  'Star',
  'Global',
  'Orion',
  'Delta',
  'Vector',
  'Aero',
];
const DATES = [
  '2022-02-24',
  '2022-06-28',
  '2022-09-30',
  '2023-01-06',
  '2023-03-09',
  '2023-05-19',
  '2023-09-14',
  '2023-09-25',
  '2023-11-02',
  '2024-02-23',
];

/**
 * An OpenSanctions-shaped `entities.ftm.json` for benchmarks: `entityCount` companies and people (one
 * in four a person, one in three sanctioned), their `Sanction` records, and ownership and directorship
 * links; each line one entity.
 */
export function generateFtmLines(entityCount: number, seed = 7): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const lines: string[] = [];
  for (let i = 0; i < entityCount; i++) {
    const person = i % 4 === 3;
    const id = `NK-${i.toString(36)}`;
    const name = person ? `${pick(WORDS)} ${pick(WORDS)}ov` : `${pick(WORDS)} ${pick(WORDS)} ${i} Co., Ltd.`;
    lines.push(
      JSON.stringify({
        id,
        schema: person ? 'Person' : 'Company',
        referents: [`ofac-${i}`],
        properties: {
          name: [name],
          [person ? 'nationality' : 'country']: [pick(COUNTRIES)],
          sourceUrl: [`https://www.opensanctions.org/entities/${id}/`],
        },
      }),
    );
    if (i % 3 === 0) {
      lines.push(
        JSON.stringify({
          id: `${id}-sanction`,
          schema: 'Sanction',
          properties: {
            entity: [id],
            authority: [
              pick(['Office of Foreign Assets Control', 'Bureau of Industry and Security', 'State Department']),
            ],
            program: [pick(['RUSSIA-EO14024', 'IRAN', 'Entity List', 'NPWMD'])],
            startDate: [pick(DATES)],
          },
        }),
      );
    }
    if (i > 0 && i % 2 === 0) {
      const owner = `ofac-${Math.floor(random() * i)}`;
      lines.push(
        JSON.stringify({
          id: `${id}-own`,
          schema: person ? 'Directorship' : 'Ownership',
          properties: person ? { organization: [owner], director: [id] } : { owner: [owner], asset: [id] },
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

const CSL_COLUMNS = [
  '_id',
  'source',
  'entity_number',
  'type',
  'programs',
  'name',
  'title',
  'addresses',
  'federal_register_notice',
  'start_date',
  'end_date',
  'standard_order',
  'license_requirement',
  'license_policy',
  'call_sign',
  'vessel_type',
  'gross_tonnage',
  'gross_registered_tonnage',
  'vessel_flag',
  'vessel_owner',
  'remarks',
  'source_list_url',
  'alt_names',
  'citizenships',
  'dates_of_birth',
  'nationalities',
  'places_of_birth',
  'source_information_url',
  'ids',
];
const CSL_SOURCES = [
  'Entity List (EL) - Bureau of Industry and Security',
  'Specially Designated Nationals (SDN) - Treasury Department',
  'Military End User (MEU) List - Bureau of Industry and Security',
  'Nonproliferation Sanctions (ISN) - State Department',
];

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** A Consolidated Screening List CSV as trade.gov publishes it, with `rows` rows. */
export function generateCslCsv(rows: number, seed = 11): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const lines = [CSL_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const values: Record<string, string> = {
      _id: `csl-${i}`,
      source: pick(CSL_SOURCES),
      type: i % 5 === 0 ? 'Individual' : 'Entity',
      name: `${pick(WORDS)} ${pick(WORDS)} ${i} Limited`,
      addresses: `Room ${i}, ${pick(WORDS)} Road, Shenzhen, ${pick(COUNTRIES).toUpperCase()}`,
      federal_register_notice: `88 FR ${60000 + (i % 40)}`,
      start_date: pick(DATES),
      license_requirement: 'For all items subject to the EAR.',
      alt_names: `${pick(WORDS)} ${i}; ${pick(WORDS)} Trading ${i}`,
      source_list_url: 'https://www.bis.doc.gov/el',
    };
    lines.push(CSL_COLUMNS.map((column) => quote(values[column] ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}
