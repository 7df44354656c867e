// What a format's reader gives back: the valid part of a file as a dataset, and every problem found
// on the way. Every reader, the import pipeline and the report share these.
import { FORMAT_NAME, FORMAT_VERSION } from '../../model/format';
import type { Dataset } from '../../model/types';
import type { ProblemBase, ProblemCode } from '../../validate/problems';

/**
 * Every way an imported file can be wrong, so the report and tests can tell kinds apart: the dataset
 * problems a record can have (`schema`, `duplicate-id`, `unknown-reference`, …), and these.
 */
export type ImportProblemCode =
  | ProblemCode
  /** The file holds nothing. */
  | 'empty-file'
  /** The file is not well-formed XML, or holds no element. */
  | 'not-xml'
  /** A CSV line breaks the CSV rules (an unclosed quote, a row of the wrong length). */
  | 'csv-syntax'
  /** The text is not UTF-8, so it was read as Windows-1252. */
  | 'not-utf8'
  /** The file is in none of the formats this version reads. */
  | 'unknown-format'
  /** The file is of its format, but not laid out as it must be (no "elements", a wrong root, no Id column). */
  | 'wrong-shape'
  /** Past one of the app's limits (file size, XML nesting, declared attributes), so it is not read. */
  | 'over-limit'
  /** An XML entity read from elsewhere or a parameter entity, which the app never expands. */
  | 'unsafe-xml'
  /** A name that would reach an object's prototype (`__proto__`), passed over. */
  | 'unsafe-name'
  /** A record, row or value the reader could not take as it is: left out, passed over or read in part. */
  | 'bad-record'
  /** A country the app does not know, left out. */
  | 'unknown-country'
  /** The opening view a project file carries is not valid; the app's own is used. */
  | 'bad-view'
  /** Reading failed for a reason outside the file (the worker stopped, say). */
  | 'read-failed';

/** One thing wrong with an imported file, said in plain words, with where: file, line or path. */
export interface ImportProblem extends ProblemBase<ImportProblemCode> {
  file: string;
  /** 1-based line in the file, for line-based formats (CSV, JSON lines). */
  line?: number;
  /** JSON path inside the record or file, e.g. `entities[3].country`. */
  path?: string;
}

/** What an import would add, before the user says yes: the valid part, and every problem. */
export interface ImportDraft {
  name: string;
  dataset: Dataset;
  problems: ImportProblem[];
  /**
   * What the report should say besides the counts that is not a problem: records kept as part of
   * another (11 Address records kept as addresses), records not drawn (12 Occupancy records).
   */
  notes?: string[];
}

export function formatImportProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line !== undefined ? `line ${problem.line}` : null, problem.path]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/** A draft that imports nothing, with the one problem that says why. */
export function emptyDraft(name: string, problem: ImportProblem): ImportDraft {
  return {
    name,
    dataset: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      title: name,
      sources: [],
      rounds: [],
      entities: [],
      listings: [],
      links: [],
    },
    problems: [problem],
  };
}
