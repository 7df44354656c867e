import { migrateDataset } from '../model/migrate';
import { Dataset as DatasetSchema } from '../model/schema';
import type { Dataset } from '../model/types';
import type { Problem } from './problems';
import { referenceProblems } from './referenceProblems';
import { schemaProblems } from './schemaProblems';

export type ValidationResult =
  | { ok: true; dataset: Dataset; problems: [] }
  | { ok: false; dataset?: undefined; problems: Problem[] };

/**
 * The one gate every dataset passes, built-in or imported: older format versions are migrated, then
 * the schema (types, required fields, dates, country codes), then references and ids. Returns every
 * problem found, each with its path, and the normalised dataset (country codes upper-cased, defaults
 * filled) only when there are none.
 */
export function validateDataset(raw: unknown): ValidationResult {
  const migrated = migrateDataset(raw);
  if (!migrated.ok)
    return { ok: false, problems: [{ code: 'not-a-dataset', path: migrated.path, message: migrated.message }] };
  const input = migrated.data;
  const parsed = DatasetSchema.safeParse(input);
  const problems = [...(parsed.success ? [] : schemaProblems(parsed.error)), ...referenceProblems(input)];
  if (parsed.success && problems.length === 0) return { ok: true, dataset: parsed.data, problems: [] };
  return { ok: false, problems };
}

/** Parses JSON text first, so a syntax error is reported like any other problem. */
export function validateDatasetText(text: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ code: 'not-json', path: '', message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  return validateDataset(input);
}
