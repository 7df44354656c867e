import { FORMAT_NAME, FORMAT_VERSION } from '../model/schema';
import type { ImportDraft } from './importTypes';
import { openingViewOf, salvage } from './salvage';

/**
 * Migrations from older versions of the project format, in order; each takes version n to n + 1.
 * Version 1 is the first published version, so the list is empty for now.
 */
const MIGRATIONS: Array<(input: Record<string, unknown>) => Record<string, unknown>> = [];

/** Reads a project JSON file (any published version, migrated forward) and keeps its valid part. */
export function parseProjectJson(text: string, file: string): ImportDraft {
  const name = file.replace(/\.json$/i, '').trim() || 'Imported data';
  const empty = (message: string): ImportDraft => ({
    name,
    dataset: { format: FORMAT_NAME, version: FORMAT_VERSION, title: name, sources: [], rounds: [], entities: [], listings: [], links: [] },
    problems: [{ file, message }],
  });
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return empty(`is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return empty('is not a Supply Lines dataset: it must be a JSON object');
  let data = input as Record<string, unknown>;
  if (data.format !== FORMAT_NAME) return empty(`is not a Supply Lines dataset: "format" must be "${FORMAT_NAME}"`);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > FORMAT_VERSION) {
    return empty(`has format version ${JSON.stringify(version)}; this app reads versions 1 to ${FORMAT_VERSION}`);
  }
  for (let v = version; v < FORMAT_VERSION; v++) data = MIGRATIONS[v - 1]!(data);
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : name;
  const { dataset, problems } = salvage(data, file, title);
  const description = typeof data.description === 'string' && data.description.trim() ? data.description.trim() : undefined;
  const { view, problem } = openingViewOf(data.view, dataset.rounds);
  if (problem) problems.push({ file, path: 'view', message: problem });
  return { name: title, dataset: { ...dataset, ...(description ? { description } : {}), ...(view ? { view } : {}) }, problems };
}
