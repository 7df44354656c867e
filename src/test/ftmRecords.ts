// Small FollowTheMoney records for reader tests: a company, a person and a sanction with the
// properties a test gives, and a reader that takes them as JSON lines.
import { parseFtm } from '../formats/ftm/read';

const TODAY = '2026-06-01';
const ftmLines = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');
export const company = (id: string, properties: object = {}, extra: object = {}) => ({
  id,
  schema: 'Company',
  properties: { name: [`Company ${id}`], ...properties },
  ...extra,
});
export const person = (id: string, properties: object = {}) => ({
  id,
  schema: 'Person',
  properties: { name: [`Person ${id}`], ...properties },
});
export const sanction = (id: string, properties: object) => ({
  id,
  schema: 'Sanction',
  properties: { entity: ['a'], authority: ['UK'], ...properties },
});
/** The draft the FollowTheMoney reader makes of these records, on a fixed day. */
export const readFtm = (...records: object[]) => parseFtm(ftmLines(...records), 'x.ftm.json', () => {}, TODAY);
