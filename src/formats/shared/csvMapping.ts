import Papa from 'papaparse';
import { formatCount } from '../../model/formatCount';

/** The fields a table can fill, per kind of table, with the column names (lower case) that mean each. */
export const ENTITY_FIELDS = {
  id: ['id', 'key', 'node id'],
  name: ['label', 'name'],
  aliases: ['aliases', 'alias', 'also known as'],
  kind: ['kind', 'entity type', 'schema'],
  role: ['role'],
  country: ['country', 'country code'],
  countries: ['countries'],
  city: ['city'],
  addresses: ['addresses', 'address'],
  identifiers: ['identifiers'],
  notes: ['notes', 'description'],
  uncertain: ['uncertain'],
  sources: ['sources', 'source url', 'url', 'urls'],
  sourceIds: ['source_ids', 'source ids'],
  record: ['supply_lines'],
} as const;
export const LINK_FIELDS = {
  id: ['id'],
  source: ['source', 'from'],
  target: ['target', 'to'],
  kind: ['type', 'kind', 'relationship', 'connection type'],
  items: ['items', 'goods', 'products'],
  share: ['share', 'percentage', 'percent', 'share %'],
  role: ['role'],
  confidence: ['confidence', 'evidence'],
  from: ['period from', 'start', 'start date'],
  to: ['period to', 'end', 'end date'],
  notes: ['notes', 'description'],
  uncertain: ['uncertain'],
  sources: ['sources', 'source url', 'url', 'urls'],
  sourceIds: ['source_ids', 'source ids'],
  record: ['supply_lines'],
} as const;
export type EntityField = keyof typeof ENTITY_FIELDS;
export type LinkField = keyof typeof LINK_FIELDS;

/** Words for each field in the mapping step. */
export const FIELD_LABELS: Record<EntityField | LinkField, string> = {
  id: 'Id',
  name: 'Name',
  aliases: 'Aliases',
  kind: 'Kind / type',
  role: 'Role',
  country: 'Country',
  countries: 'Countries (with their meaning)',
  city: 'City',
  addresses: 'Addresses',
  identifiers: 'Identifiers',
  share: 'Share (percent)',
  notes: 'Notes',
  uncertain: 'Uncertain',
  sources: 'Sources (URLs)',
  sourceIds: 'Source ids',
  record: 'Supply Lines record',
  source: 'From (source)',
  target: 'To (target)',
  items: 'Items',
  confidence: 'Confidence',
  from: 'Period from',
  to: 'Period to',
};

/** Which column of a file fills which field, and whether the file holds entities or links. */
export type CsvTableMapping =
  | { file: string; table: 'entities'; columns: Partial<Record<EntityField, string>> }
  | { file: string; table: 'links'; columns: Partial<Record<LinkField, string>> }
  | { file: string; table: 'skip'; columns: Record<string, never> };

/** What the mapping step shows for one file: its headers, its first rows and the app's guess. */
export interface CsvTablePreview {
  file: string;
  headers: string[];
  rows: string[][];
  guess: CsvTableMapping;
  /** True when the headers follow the Gephi or Kumu conventions, so no question need be asked. */
  recognised: boolean;
}

const PREVIEW_ROWS = 5;
/** Beyond these, a "table" is not one a person could map by hand: it is refused with a problem. */
export const MAX_COLUMNS = 500;
const MAX_HEADER_LENGTH = 1000;

/** Why a file's header cannot be a table's, or null: too many columns, or a column name too long. */
export function headerProblem(headers: readonly string[]): string | null {
  if (headers.length > MAX_COLUMNS)
    return `has ${formatCount(headers.length)} columns; a table this app reads has at most ${MAX_COLUMNS}`;
  const longest = headers.reduce((most, h) => Math.max(most, h.length), 0);
  if (longest > MAX_HEADER_LENGTH)
    return `has a column name of ${formatCount(longest)} characters in its first line, which is not a table header`;
  return null;
}

/** Guesses a file's mapping from its header, by the Gephi and Kumu column names. */
export function guessMapping(file: string, headers: readonly string[]): CsvTableMapping {
  // Each header's lower-case name and first place, worked out once: lower-casing every header for
  // every field took most of a second on a first line of a million commas.
  const placeOf = new Map<string, number>();
  headers.forEach((header, i) => {
    const name = header.trim().toLowerCase();
    if (!placeOf.has(name)) placeOf.set(name, i);
  });
  const pick = <F extends string>(fields: Record<F, readonly string[]>) => {
    const columns: Partial<Record<F, string>> = {};
    for (const field of Object.keys(fields) as F[]) {
      // The first column, in the file's order, that goes by one of the field's names.
      const places = fields[field].map((name) => placeOf.get(name)).filter((i) => i !== undefined);
      if (places.length > 0) columns[field] = headers[Math.min(...places)]!;
    }
    return columns;
  };
  const links = pick(LINK_FIELDS);
  if (links.source && links.target) return { file, table: 'links', columns: links };
  return { file, table: 'entities', columns: pick(ENTITY_FIELDS) };
}

/** A mapping the parser can work with: entities need an id or a name, links both ends. */
export function mappingProblem(mapping: CsvTableMapping): string | null {
  if (mapping.table === 'entities' && !mapping.columns.id && !mapping.columns.name)
    return 'choose the column that holds the Id or the Name';
  if (mapping.table === 'links' && (!mapping.columns.source || !mapping.columns.target))
    return 'choose the columns that hold both ends (From and To)';
  return null;
}

/** The header and first rows of a CSV file, and the guessed mapping, for the mapping step. */
export function previewCsv(file: string, text: string): CsvTablePreview {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    preview: PREVIEW_ROWS + 1,
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...rows] = parsed.data;
  const headers = header.map((h) => h.trim());
  const guess = guessMapping(file, headers);
  return {
    file,
    headers,
    rows: rows.map((row) => row.map((cell) => clip(cell))),
    guess,
    recognised: mappingProblem(guess) === null,
  };
}

/** Cells in the preview are cut short, so one enormous cell cannot swamp the page. */
function clip(cell: string): string {
  return cell.length > 120 ? `${cell.slice(0, 119)}…` : cell;
}
