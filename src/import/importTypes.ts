import type { Dataset } from '../model/types';

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

export function formatImportProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line !== undefined ? `line ${problem.line}` : null, problem.path].filter(Boolean).join(', ');
  return `${where}: ${problem.message}`;
}
