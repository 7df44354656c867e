// Consolidated Screening List rows for reader tests: a CSV with trade.gov's columns, and an Entity List
// and an SDN row to vary.
export const COLUMNS =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids'.split(
    ',',
  );
export const EL = 'Entity List (EL) - Bureau of Industry and Security';
export const SDN = 'Specially Designated Nationals (SDN) - Treasury Department';
export const SSI = 'Sectoral Sanctions Identifications List (SSI) - Treasury Department';

/** A CSL CSV of rows given by column name; other cells empty, as trade.gov leaves them. */
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
export function csv(...rows: Array<Record<string, string>>): string {
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => quote(row[c] ?? '')).join(','))].join('\n');
}
export const elRow = (extra: Record<string, string> = {}) => ({
  _id: '99ed1b',
  source: EL,
  name: 'Alpha Electronics',
  addresses: 'Room 1, Kowloon, HK',
  federal_register_notice: '88 FR 66271',
  start_date: '2023-09-27',
  source_list_url: 'https://www.bis.doc.gov/el',
  ...extra,
});
export const sdnRow = (extra: Record<string, string> = {}) => ({
  _id: '52291',
  source: SDN,
  entity_number: '52291',
  type: 'Individual',
  programs: 'NPWMD',
  name: 'RIM, Ryong Nam',
  source_list_url: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
  ...extra,
});
