import { unguardFormula } from '../shared/csvFormulaGuard';
import {
  guessMapping,
  mappingProblem,
  type CsvTableMapping,
  type EntityField,
  type LinkField,
} from '../shared/csvMapping';
import { CsvRecords } from './records';
import { readCsvRows } from '../shared/csvRows';
import { shareFrom } from '../shared/factsFromText';
import {
  confidenceOf,
  countryCodeOf,
  entityKindOf,
  idMaker,
  linkKindOf,
  roleOf,
  splitList,
  type IdMaker,
} from '../shared/importFields';
import type { ImportDraft, ImportProblem } from '../shared/draft';
import { salvage } from '../shared/salvage';

type Row = Record<string, string>;
const URL_PATTERN = /https?:\/\/[^\s<>;,"]+/g;

/**
 * Reads spreadsheet tables in the Gephi and Kumu conventions: an entities table (Id, Label, ...) and a
 * links table (Source, Target, Type, ...), either or both, or with the columns the user mapped. Every
 * record cites the file it came from, plus any URLs in its Sources cell. Unknown link types import as
 * `supplies`, with a note; Gephi's `Undirected` as `associated-with`. Countries, addresses,
 * identifiers and a link's share are read as formats/shared/factsText.ts writes them.
 */
export function parseCsvTables(
  files: ReadonlyArray<{ name: string; text: string }>,
  mappings: readonly CsvTableMapping[] = [],
  onProgress: (fraction: number) => void = () => {},
): ImportDraft {
  const problems: ImportProblem[] = [];
  const raw = { sources: [] as Row[], rounds: [], entities: [] as Row[], listings: [], links: [] as Row[] } as Record<
    string,
    unknown[]
  >;
  const origin = new Map<string, { file: string; line: number }>();
  const ids = idMaker();
  const urls = new Map<string, string>();
  const records = new CsvRecords(raw as { sources: Row[]; rounds: Row[]; listings: Row[] });
  for (const file of files) {
    const done = files.indexOf(file);
    const { headers, rows, errors } = readCsvRows(file.text, (fraction) =>
      onProgress((done + fraction) / files.length),
    );
    const mapping = mappings.find((m) => m.file === file.name) ?? guessMapping(file.name, headers);
    if (mapping.table === 'skip') continue;
    if (mappingProblem(mapping)) {
      problems.push({
        code: 'wrong-shape',
        file: file.name,
        line: 1,
        message: `has no Id or Label column, nor Source and Target; columns found: ${headers.join(', ') || 'none'}`,
      });
      continue;
    }
    for (const error of errors)
      problems.push({
        code: 'csv-syntax',
        file: file.name,
        line: error.line,
        message: `${error.message} (the row is read as far as possible)`,
      });
    // The file is a source only of rows that carry no sources of their own.
    const fileSource = { id: '', title: file.name, publisher: 'Imported file' };
    const citeFile = () => {
      if (!fileSource.id) {
        fileSource.id = records.claimSourceId(`file-${files.indexOf(file) + 1}`);
        raw.sources!.push(fileSource);
      }
      return fileSource.id;
    };
    // Cells are found by column position, so a column named "__proto__" or "constructor" is plain data.
    const columns = mapping.columns as Partial<Record<EntityField | LinkField, string>>;
    const position = (field: EntityField | LinkField) =>
      columns[field] === undefined ? -1 : headers.indexOf(columns[field]!);
    for (const { cells, line } of rows) {
      const get = (field: EntityField | LinkField) => unguardFormula((cells[position(field)] ?? '').trim());
      const warn = (message: string) => problems.push({ code: 'bad-record', file: file.name, line, message });
      // A Supply Lines export carries each row's record: its exact lists, listings and sources.
      const record = records.parse(get('record'), warn);
      const sources = (record && records.citations(record, get('sourceIds'))) ?? [
        citeFile(),
        ...urlSources(get('sources'), raw.sources as Row[], urls, records),
      ];
      if (mapping.table === 'links') {
        const index = raw.links!.length;
        origin.set(`links[${index}]`, { file: file.name, line });
        const link = linkRecord(get, sources, index, ids, warn);
        const quotes = record && records.quotes(record);
        raw.links!.push({
          ...link,
          items: (record && records.items(record)) ?? link.items,
          ...(quotes ? { quotes } : {}),
        });
      } else {
        origin.set(`entities[${raw.entities!.length}]`, { file: file.name, line });
        const entity = entityRecord(get, sources, ids, warn);
        const facts = (['countries', 'addresses', 'identifiers'] as const).map((fact) =>
          records.facts(record, fact, get(fact), warn),
        );
        raw.entities!.push({
          ...entity,
          ...Object.assign({}, ...facts),
          aliases: (record && records.aliases(record)) ?? entity.aliases,
        });
        if (record) records.listings(record, entity.id, (path) => origin.set(path, { file: file.name, line }), warn);
      }
    }
  }
  addMissingEntities(raw, ids.textOf);
  const linkIds = settleLinkIds(raw.links as Row[], new Set((raw.entities as Row[]).map((e) => e.id!)));
  const name = files.map((f) => f.name.replace(/\.csv$/i, '')).join(' + ');
  const salvaged = salvage(raw, files.map((f) => f.name).join(', '), name);
  // The check speaks of `entities[3]`; say which file and line that record came from.
  const written = { entities: ids.textOf, links: linkIds.textOf };
  const located = salvaged.problems.map((problem) => ({
    ...problem,
    ...origin.get(problem.path?.match(/^[a-z]+\[\d+\]/)?.[0] ?? ''),
    ...repeatedAsWritten(problem, written),
  }));
  return { name, dataset: salvaged.dataset, problems: [...problems, ...located] };
}

function entityRecord(
  get: (field: EntityField) => string,
  sources: string[],
  ids: (key: string) => string,
  warn: (message: string) => void,
) {
  const id = get('id') || get('name');
  const countryText = get('country');
  // A country that is neither a code nor a name stays as written, so the check names it and leaves the row out.
  const country = countryCodeOf(countryText) ?? (countryText || undefined);
  return {
    id: ids(id),
    name: get('name') || id,
    aliases: splitList(get('aliases')),
    kind: entityKindOf(get('kind'), warn),
    role: roleOf(get('role'), warn),
    ...(country ? { country } : {}),
    ...(get('city') ? { city: get('city') } : {}),
    ...(get('notes') ? { notes: get('notes') } : {}),
    ...(get('uncertain') ? { uncertain: get('uncertain') } : {}),
    sources,
  };
}

function linkRecord(
  get: (field: LinkField) => string,
  sources: string[],
  index: number,
  ids: (key: string) => string,
  warn: (message: string) => void,
) {
  // Gephi's Type column says "Undirected" of an edge with no direction, which cannot mean "supplies".
  const { kind, note } = /^undirected$/i.test(get('kind'))
    ? { kind: 'associated-with', note: undefined }
    : linkKindOf(get('kind'), warn);
  const share = shareFrom(get('share'), warn);
  const notes = [get('notes'), note].filter(Boolean).join(' ');
  const period = { ...(get('from') ? { from: get('from') } : {}), ...(get('to') ? { to: get('to') } : {}) };
  return {
    id: get('id') || `link-${index + 1}`,
    source: get('source') ? ids(get('source')) : '',
    target: get('target') ? ids(get('target')) : '',
    kind,
    items: splitList(get('items')),
    ...(share !== undefined ? { share } : {}),
    ...(get('role') ? { role: get('role') } : {}),
    confidence: confidenceOf(get('confidence')),
    ...(Object.keys(period).length > 0 ? { period } : {}),
    ...(notes ? { notes } : {}),
    ...(get('uncertain') ? { uncertain: get('uncertain') } : {}),
    sources,
  };
}

/** Links may name entities the entities table lacks (or there is none): add them by id, as Kumu does. */
function addMissingEntities(raw: Record<string, unknown[]>, textOf: (id: string) => string) {
  const known = new Set((raw.entities as Row[]).map((e) => e.id));
  for (const link of raw.links as Array<Row & { sources: string[] }>) {
    for (const end of [link.source, link.target]) {
      if (!end || known.has(end)) continue;
      known.add(end);
      raw.entities!.push({
        id: end,
        name: textOf(end),
        aliases: [],
        kind: 'company',
        role: 'other',
        sources: link.sources.slice(0, 1),
      });
    }
  }
}

/**
 * Link ids from the file (Gephi numbers edges 0, 1, 2 like its nodes) become dataset ids that are no
 * entity's: the same text always the same id, so a repeated id is still reported as repeated.
 */
function settleLinkIds(links: Row[], entityIds: Set<string>): IdMaker {
  const linkIds = idMaker('link', (id) => entityIds.has(id));
  for (const link of links) link.id = linkIds(link.id!);
  return linkIds;
}

/**
 * The check names a repeated id as the import made it (`proto__`, or `alpha-1` for a link id that is
 * also an entity's); the report names it as the file writes it (`__proto__`, `alpha`), which the user can find.
 */
function repeatedAsWritten(
  problem: ImportProblem,
  written: Record<'entities' | 'links', (id: string) => string>,
): { message?: string } {
  const table = problem.path?.match(/^(entities|links)\[\d+\]\.id$/)?.[1] as 'entities' | 'links' | undefined;
  const id = problem.message.match(/^"(.*)" appears twice/)?.[1];
  if (!table || id === undefined || written[table](id) === id) return {};
  return { message: problem.message.replace(`"${id}"`, `"${written[table](id)}"`) };
}

function urlSources(cell: string, sources: Row[], known: Map<string, string>, records: CsvRecords): string[] {
  return [...new Set(cell.match(URL_PATTERN) ?? [])].map((url) => {
    const existing = known.get(url);
    if (existing) return existing;
    const id = records.claimSourceId(`url-${sources.length + 1}`);
    known.set(url, id);
    let publisher = url;
    try {
      publisher = new URL(url).hostname;
    } catch {
      // Not a URL after all: keep the text as the publisher; the validator will judge the URL.
    }
    sources.push({ id, title: url, publisher, url });
    return id;
  });
}
