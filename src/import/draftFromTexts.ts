import { headerProblem, previewCsv, type CsvTableMapping } from './csvMapping';
import { emptyDraft, type ImportDraft, type ImportOutcome, type ImportText, type OnImportProgress } from './importTypes';
import { detectGraphFormat, type GraphFormat } from './detectGraphFormat';
import { parseCsvTables } from './parseCsvTables';
import { parseCytoscapeJson } from './parseCytoscapeJson';
import { parseGexf } from './parseGexf';
import { parseGraphml } from './parseGraphml';
import { looksLikeCsl, parseCsl } from './parseCsl';
import { parseFtm } from './parseFtm';
import { parseProjectJson } from './parseProjectJson';
import { validateDataset } from '../validate/validateDataset';

const GRAPH_READERS: Record<GraphFormat, (text: string, file: string) => ImportDraft> = { gexf: parseGexf, graphml: parseGraphml, 'cytoscape-json': parseCytoscapeJson };

export interface DraftOptions {
  /** The user's answer to the mapping step; without it, CSV files with unknown headers ask for one. */
  mappings?: readonly CsvTableMapping[];
  onProgress?: OnImportProgress;
}

/**
 * Turns the text of the files a user gave into a draft, by their format: one Supply Lines JSON file,
 * one FollowTheMoney JSON-lines file, one Consolidated Screening List file (CSV or JSON), one GEXF,
 * GraphML or Cytoscape JSON file, or CSV tables. CSV tables whose headers the app does not recognise ask the user to map their columns first.
 */
export function draftFromTexts(texts: readonly ImportText[], options: DraftOptions = {}): ImportOutcome {
  const onProgress = options.onProgress ?? (() => {});
  const draft = (make: () => ImportDraft): ImportOutcome => {
    const read = make();
    onProgress({ step: 'Checking the records', fraction: null });
    const made = checked(read);
    // Problems met while reading the bytes (an encoding) come first, as they concern every record.
    return { kind: 'draft', draft: { ...made, problems: [...texts.flatMap((t) => t.problems), ...made.problems] } };
  };
  const only = texts.length === 1 ? texts[0]! : null;
  const rowsRead = (fraction: number) => onProgress({ step: 'Reading rows', fraction });
  if (only && isCsl(only.text)) return draft(() => parseCsl(only.text, only.name, rowsRead));
  const graph = only && detectGraphFormat(only.name, only.text);
  if (only && graph) return draft(() => GRAPH_READERS[graph](only.text, only.name));
  if (only && isFtm(only.text)) return draft(() => parseFtm(only.text, only.name, (fraction) => onProgress({ step: 'Reading records', fraction })));
  if (only && (/\.json$/i.test(only.name) || only.text.trimStart().startsWith('{'))) return draft(() => parseProjectJson(only.text, only.name));
  if (texts.length > 0 && texts.every(isCsv)) {
    if (!options.mappings) {
      const tables = texts.map((t) => previewCsv(t.name, t.text));
      const misshapen = tables.find((t) => headerProblem(t.headers));
      if (misshapen) return { kind: 'draft', draft: emptyDraft(misshapen.file, { file: misshapen.file, line: 1, message: headerProblem(misshapen.headers)! }) };
      if (tables.some((t) => !t.recognised)) return { kind: 'mapping', tables };
    }
    return draft(() => parseCsvTables(texts, options.mappings, rowsRead));
  }
  const names = texts.map((t) => t.name).join(', ');
  return {
    kind: 'draft',
    draft: emptyDraft(names, {
      file: names,
      message:
        'is not a format this version reads: give one Supply Lines JSON file, one FollowTheMoney JSON-lines file, one Consolidated Screening List file (CSV or JSON), one GEXF, GraphML or Cytoscape JSON file, or CSV tables (entities and links)',
    }),
  };
}

/**
 * The last word before the report: a draft passes the same validator that opens datasets, so what the
 * report promises is what will open. Should a reader ever let an invalid record through, nothing is
 * imported and the validator's findings are the problems.
 */
function checked(draft: ImportDraft): ImportDraft {
  const result = validateDataset(draft.dataset);
  if (result.ok) return draft;
  const file = draft.problems[0]?.file ?? draft.name;
  return emptyDraft(draft.name, { file, message: `could not be made into a valid dataset (${result.problems.length} problems, first: ${result.problems[0]!.path} ${result.problems[0]!.message}); nothing is imported` });
}

/** FollowTheMoney JSON lines: the first line is one whole entity (`schema` and `properties`), not a project file. */
function isFtm(text: string): boolean {
  const line = firstLine(text.replace(/^\uFEFF/, '').trimStart());
  // An entity line is small; a first line of megabytes is a one-line file (a minified project file), not parsed twice.
  if (line.length > 1_000_000) return false;
  try {
    const value = JSON.parse(line) as Record<string, unknown>;
    return typeof value === 'object' && value !== null && typeof value.schema === 'string' && 'properties' in value && !('format' in value);
  } catch {
    return false;
  }
}

function isCsv(file: { name: string }): boolean {
  return /\.(csv|tsv|txt)$/i.test(file.name);
}

/**
 * The Consolidated Screening List: a CSV whose header has its columns, or JSON with a `results` list of
 * its rows. Only the start of a JSON file is looked at, so a large file is not parsed twice.
 */
function isCsl(text: string): boolean {
  const start = text.slice(0, 65536).replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{')) return looksLikeCsl(firstLine(start).split(',').map((h) => h.trim().replace(/^"|"$/g, '')));
  return /"results"\s*:\s*\[/.test(start) && looksLikeCsl(['source', 'name', 'federal_register_notice', 'start_date'].filter((key) => start.includes(`"${key}"`)));
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
}
