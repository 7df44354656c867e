import type { Dataset } from '../model/types';
import type { CsvTableMapping, CsvTablePreview } from './csvMapping';

/** One thing wrong with an imported file, said in plain words, with where: file, line or path. */
export interface ImportProblem {
  file: string;
  /** 1-based line in the file, for line-based formats (CSV, JSON lines). */
  line?: number;
  /** JSON path inside the record or file, e.g. `entities[3].country`. */
  path?: string;
  message: string;
}

/** What an import would add, before the user says yes: the valid part, and every problem. */
export interface ImportDraft {
  name: string;
  dataset: Dataset;
  problems: ImportProblem[];
}

/** Where an import has got to: what it is doing, and how far along (null when it cannot tell). */
export interface ImportProgress {
  step: string;
  fraction: number | null;
}
export type OnImportProgress = (progress: ImportProgress) => void;

/** An import ends in a draft for the report, or first asks the user which column means what. */
export type ImportOutcome = { kind: 'draft'; draft: ImportDraft } | { kind: 'mapping'; tables: CsvTablePreview[] };
export type { CsvTableMapping, CsvTablePreview };

/** A file read into text, with what went wrong reading it (an encoding that is not UTF-8). */
export interface ImportText {
  name: string;
  text: string;
  problems: ImportProblem[];
}

export function formatImportProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line !== undefined ? `line ${problem.line}` : null, problem.path].filter(Boolean).join(', ');
  return `${where}: ${problem.message}`;
}

/** A draft that imports nothing, with the one problem that says why. */
export function emptyDraft(name: string, problem: ImportProblem): ImportDraft {
  return {
    name,
    dataset: { format: 'supply-lines', version: 1, title: name, sources: [], rounds: [], entities: [], listings: [], links: [] },
    problems: [problem],
  };
}
