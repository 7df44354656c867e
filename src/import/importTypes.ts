import { emptyDraft } from '../formats/shared/draft';
import type { Dataset } from '../model/types';
import type { ImportDraft, ImportProblem } from '../formats/shared/draft';
import type { CsvTableMapping, CsvTablePreview } from '../formats/shared/csvMapping';
import { importBreakdown } from './importBreakdown';

/** Where an import has got to: what it is doing, and how far along (null when it cannot tell). */
export interface ImportProgress {
  step: string;
  fraction: number | null;
}
export type OnImportProgress = (progress: ImportProgress) => void;

/** An import ends in a draft for the report, or first asks the user which column means what. */
export type ImportOutcome = { kind: 'draft'; draft: ImportDraft } | { kind: 'mapping'; tables: CsvTablePreview[] };

/**
 * What the page receives of a draft: the counts and problems the report shows, and the dataset as
 * JSON bytes, moved (not copied) from the worker and parsed only when the user says Import. So a
 * large file costs the page nothing until then.
 */
export interface ImportSummary {
  name: string;
  counts: Record<'entities' | 'links' | 'listings' | 'rounds' | 'sources', number>;
  /** The counts per kind, in words: `Entities: 11 companies, 6 people`, `Links: 14 ownerships, …`. */
  breakdown: string[];
  /** Informational lines from the reader (see ImportDraft.notes); empty when it has none. */
  notes: string[];
  /** The first 10,000 problems, enough to work through; `problemCount` says how many there are in all. */
  problems: ImportProblem[];
  problemCount: number;
  datasetJson: ArrayBuffer;
}
export type ImportResult = { kind: 'summary'; summary: ImportSummary } | { kind: 'mapping'; tables: CsvTablePreview[] };

const PROBLEMS_SENT = 10_000;
/** A problem quoting a value from the file (an enormous cell, say) is cut to this many characters. */
const MESSAGE_LENGTH = 400;

const clip = (text: string) => (text.length > MESSAGE_LENGTH ? `${text.slice(0, MESSAGE_LENGTH - 1)}…` : text);

function clipped(problem: ImportProblem): ImportProblem {
  return {
    ...problem,
    file: clip(problem.file),
    message: clip(problem.message),
    ...(problem.path ? { path: clip(problem.path) } : {}),
  };
}

export function summariseOutcome(outcome: ImportOutcome): ImportResult {
  if (outcome.kind === 'mapping') return outcome;
  const { name, dataset, problems, notes = [] } = outcome.draft;
  const counts = {
    entities: dataset.entities.length,
    links: dataset.links.length,
    listings: dataset.listings.length,
    rounds: dataset.rounds.length,
    sources: dataset.sources.length,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(dataset));
  return {
    kind: 'summary',
    summary: {
      name,
      counts,
      breakdown: importBreakdown(dataset),
      notes: notes.map(clip),
      problems: problems.slice(0, PROBLEMS_SENT).map(clipped),
      problemCount: problems.length,
      datasetJson: bytes.buffer as ArrayBuffer,
    },
  };
}

/** The dataset of a summary, parsed from its bytes: the parser's own output, so it needs no second check. */
export function summaryDataset(summary: ImportSummary): Dataset {
  return JSON.parse(new TextDecoder().decode(summary.datasetJson)) as Dataset;
}
export type { CsvTableMapping, CsvTablePreview };

/** A file read into text, with what went wrong reading it (an encoding that is not UTF-8). */
export interface ImportText {
  name: string;
  text: string;
  problems: ImportProblem[];
}

/** Whatever went wrong inside the import, said as an outcome the report can show. */
export function failedOutcome(files: readonly { name: string }[], message: string): ImportOutcome {
  const names = files.map((f) => f.name).join(', ');
  return {
    kind: 'draft',
    draft: emptyDraft(names, { code: 'read-failed', file: names, message: `could not be read: ${message}` }),
  };
}
