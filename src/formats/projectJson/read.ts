import { migrateDataset } from '../../model/migrate';
import { emptyDraft, type ImportDraft } from '../shared/draft';
import { lineOfJsonError } from '../shared/jsonErrorLine';
import { openingViewOf, salvage } from '../shared/salvage';

/** Reads a project JSON file (any published version, migrated forward) and keeps its valid part. */
export function parseProjectJson(text: string, file: string): ImportDraft {
  const name = file.replace(/\.json$/i, '').trim() || 'Imported data';
  const content = text.replace(/^\uFEFF/, '');
  let input: unknown;
  try {
    input = JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    return emptyDraft(name, {
      code: 'not-json',
      file,
      ...lineOfJsonError(content, message),
      message: `is not valid JSON: ${message}`,
    });
  }
  const migrated = migrateDataset(input);
  if (!migrated.ok) return emptyDraft(name, { code: 'not-a-dataset', file, message: migrated.message });
  const data = migrated.data as Record<string, unknown>;
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : name;
  const { dataset, problems } = salvage(data, file, title);
  const description =
    typeof data.description === 'string' && data.description.trim() ? data.description.trim() : undefined;
  const { view, problem } = openingViewOf(data.view, dataset.rounds);
  if (problem) problems.push({ code: 'bad-view', file, path: 'view', message: problem });
  return {
    name: title,
    dataset: { ...dataset, ...(description ? { description } : {}), ...(view ? { view } : {}) },
    problems,
  };
}
