import { isObject, type Loose } from '../../model/loose';
import type { ImportProblem } from '../shared/draft';

/** One FollowTheMoney entity as read, its nested entities replaced by their ids, with the line it came from. */
export interface FtmRecord {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, unknown[]>;
  referents: string[];
  line: number;
  /** Read from inside another entity's properties (targets.nested.json), not from a line of its own. */
  nested: boolean;
}

/** How deep entities may nest in one another's properties; OpenSanctions nests one or two levels. */
const MAX_NESTING = 100;

/**
 * In `targets.nested.json` a record's links and sanctions sit under reverse properties (`sanctions`,
 * `ownershipOwner`, …): the nested record points back at the one holding it through the property named
 * here. OpenSanctions and yente keep that back-reference as an id; should a file leave it out, it is
 * restored, so the sanction still lists its holder and the ownership still has its owner.
 */
const BACK_REFERENCE = new Map<string, string>([
  ['sanctions', 'entity'],
  ['ownershipOwner', 'owner'],
  ['ownershipAsset', 'asset'],
  ['directorshipDirector', 'director'],
  ['directorshipOrganization', 'organization'],
  ['employees', 'employer'],
  ['employers', 'employee'],
  ['membershipMember', 'member'],
  ['membershipOrganization', 'organization'],
  ['familyPerson', 'person'],
  ['familyRelative', 'relative'],
  ['associates', 'person'],
  ['associations', 'associate'],
  ['unknownLinkTo', 'subject'],
  ['unknownLinkFrom', 'object'],
  ['agencyClient', 'agent'],
  ['agentRepresentation', 'client'],
  ['successors', 'predecessor'],
  ['predecessors', 'successor'],
  ['paymentPayer', 'payer'],
  ['paymentBeneficiary', 'beneficiary'],
  ['identification', 'holder'],
  ['ownedVehicles', 'owner'],
  ['operatedVehicles', 'operator'],
]);

/**
 * Reads FollowTheMoney JSON lines (`entities.ftm.json`, `targets.nested.json`): every entity, including
 * those nested in another's properties. A line that is not JSON or not an entity is a problem on its line.
 */
export function readFtmRecords(
  text: string,
  file: string,
  onProgress: (fraction: number) => void,
): { records: FtmRecord[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const records: FtmRecord[] = [];
  const textLines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  textLines.forEach((raw, i) => {
    if (i % 5000 === 0) onProgress(i / textLines.length);
    if (!raw.trim()) return;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ code: 'not-json', file, line, message: `is not valid JSON: ${(error as Error).message}` });
      return;
    }
    collect(value, line, records, (message) => problems.push({ code: 'bad-record', file, line, message }));
  });
  return { records: mergeNested(records), problems };
}

/**
 * A nested file repeats an entity wherever it is adjacent to a target (a shared owner, an address, an
 * ownership between two targets): each nested copy is merged into the entity's own line, or into its
 * first copy, rather than reported twice. Two top-level lines with one id stay a problem.
 */
function mergeNested(records: FtmRecord[]): FtmRecord[] {
  const keeper = new Map<string, FtmRecord>();
  for (const record of records) if (!record.nested && !keeper.has(record.id)) keeper.set(record.id, record);
  const kept: FtmRecord[] = [];
  for (const record of records) {
    const into = keeper.get(record.id);
    if (!record.nested) kept.push(record);
    else if (!into) {
      keeper.set(record.id, record);
      kept.push(record);
    } else if (into !== record) {
      for (const [key, values] of Object.entries(record.properties)) {
        const known = Object.hasOwn(into.properties, key) ? into.properties[key]! : [];
        into.properties[key] = [...known, ...values.filter((v) => !known.includes(v))];
      }
    }
  }
  return kept;
}

/** Adds an entity and every entity nested in its properties; returns its id for the holder's property. */
function collect(
  value: unknown,
  line: number,
  out: FtmRecord[],
  warn: (message: string) => void,
  depth = 0,
  holder?: { id: string; property: string },
): string | undefined {
  if (!isEntity(value)) {
    warn(`is not a FollowTheMoney entity (it needs "id", "schema" and "properties"): ${whyNotEntity(value)}`);
    return undefined;
  }
  if (depth > MAX_NESTING) {
    warn(`nests entities more than ${MAX_NESTING} levels deep; "${value.id}" and what it holds are passed over`);
    return undefined;
  }
  // No prototype: a key such as "__proto__" in the file stays a plain key.
  const properties: Record<string, unknown[]> = Object.create(null);
  // FtM values are lists of text (or, nested, of entities): anything else is named, not silently passed over.
  const notLists: string[] = [];
  const notText: string[] = [];
  for (const [key, values] of Object.entries(value.properties)) {
    if (!Array.isArray(values)) {
      notLists.push(key);
      continue;
    }
    const kept: unknown[] = [];
    for (const v of values) {
      if (typeof v === 'string') kept.push(v);
      else if (isEntity(v)) {
        const id = collect(v, line, out, warn, depth + 1, { id: value.id, property: key });
        if (id !== undefined) kept.push(id);
      } else if (!notText.includes(key)) notText.push(key);
    }
    properties[key] = kept;
  }
  if (notLists.length > 0)
    warn(
      `${value.schema} "${value.id}" has ${named(notLists)} not as a list of values; ${notLists.length === 1 ? 'it is' : 'they are'} passed over`,
    );
  if (notText.length > 0)
    warn(
      `${value.schema} "${value.id}" has values in ${named(notText)} that are neither text nor an entity; they are passed over`,
    );
  const back = holder && BACK_REFERENCE.get(holder.property);
  if (back && holder && !(back in properties)) properties[back] = [holder.id];
  const referents = Array.isArray(value.referents)
    ? value.referents.filter((r): r is string => typeof r === 'string')
    : [];
  out.push({
    id: value.id,
    schema: value.schema,
    ...(typeof value.caption === 'string' ? { caption: value.caption } : {}),
    properties,
    referents,
    line,
    nested: depth > 0,
  });
  return value.id;
}

function isEntity(value: unknown): value is Loose & { id: string; schema: string; properties: Loose } {
  return (
    isObject(value) && typeof value.id === 'string' && typeof value.schema === 'string' && isObject(value.properties)
  );
}

const named = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');

/** What keeps a value from being an entity, in words: `"id" is a number, not text`. */
function whyNotEntity(value: unknown): string {
  if (!isObject(value)) return `it is ${kindOf(value)}, not an object`;
  const wrong = (key: string, wanted: string) => {
    const field = Object.hasOwn(value, key) ? value[key] : undefined;
    return field === undefined ? `"${key}" is missing` : `"${key}" is ${kindOf(field)}, not ${wanted}`;
  };
  return [
    typeof value.id === 'string' ? null : wrong('id', 'text'),
    typeof value.schema === 'string' ? null : wrong('schema', 'text'),
    isObject(value.properties) ? null : wrong('properties', 'an object'),
  ]
    .filter(Boolean)
    .join('; ');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return (
    { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object' }[typeof value as string] ??
    typeof value
  );
}

/** The text values of some properties, in order. */
export function texts(record: FtmRecord, ...properties: string[]): string[] {
  // A hot path (tens of calls per record): plain loops, no intermediate arrays. `properties` has no
  // prototype, so a key read from the file can only find the record's own values.
  const found: string[] = [];
  for (const property of properties) {
    const values = record.properties[property];
    if (!values) continue;
    for (const value of values) {
      if (typeof value !== 'string') continue;
      const text = value.trim();
      if (text) found.push(text);
    }
  }
  return found;
}

/** The first text value of the first of these properties that has one. */
export function firstText(record: FtmRecord, ...properties: string[]): string | undefined {
  return texts(record, ...properties)[0];
}

const DATE_PREFIX = /^(\d{4})(-(\d{2})(-(\d{2}))?)?/;

/**
 * A property's dates as Supply Lines keeps them (`2023`, `2023-09`, `2023-09-25`; FtM's times are cut
 * off), earliest first. A value that is no date is a problem on the record's line.
 */
export function datesOf(record: FtmRecord, property: string, problem: (message: string) => void): string[] {
  const dates: string[] = [];
  for (const value of texts(record, property)) {
    const date = value.match(DATE_PREFIX)?.[0];
    if (date && isCalendarDate(date)) dates.push(date);
    else problem(`${record.schema} "${record.id}" has ${property} "${value}", which is not a date; it is passed over`);
  }
  return [...new Set(dates)].sort();
}

function isCalendarDate(date: string): boolean {
  const [, , , month, , day] = date.match(DATE_PREFIX)!;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day === undefined) return true;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}
