// What a format's reader gives back: the valid part of a file as a dataset, and every problem found
// on the way. Every reader, the import pipeline and the report share these.
import { FORMAT_NAME, FORMAT_VERSION } from '../../model/schema';
import type { Dataset } from '../../model/types';

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
