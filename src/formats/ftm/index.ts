import { toFtmLines } from './write';
import { parseFtm } from './read';
import type { DataFormat } from '../types';

/** How long a first line may be to be parsed to recognise it; a longer one may be a whole minified file. */
const LONGEST_FIRST_LINE = 1_000_000;

/**
 * The start of a first line too long to parse twice (a nested target with thousands of relations, a
 * name of megabytes): an entity's keys, and no `"format"`, which every project file has.
 */
const looksLikeEntity = (start: string) =>
  /"schema"\s*:\s*"/.test(start) && /"properties"\s*:\s*\{/.test(start) && !/"format"\s*:/.test(start);

/** FollowTheMoney JSON lines: the first line is one whole entity (`schema` and `properties`), not a project file. */
function isFtm(text: string, start: string): boolean {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const end = body.indexOf('\n');
  if ((end < 0 ? body.length : end) > LONGEST_FIRST_LINE) return looksLikeEntity(start);
  const line = end < 0 ? body : body.slice(0, end);
  try {
    const value = JSON.parse(line) as Record<string, unknown>;
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof value.schema === 'string' &&
      'properties' in value &&
      !('format' in value)
    );
  } catch {
    return false;
  }
}

/**
 * FollowTheMoney JSON lines as OpenSanctions ships them (`entities.ftm.json`, `targets.nested.json`),
 * recognised by a first line that is one entity (nested targets make long lines, so the whole first
 * line is read, not just the start).
 */
export const ftm: DataFormat = {
  id: 'ftm',
  label: 'FollowTheMoney',
  recognise: (file, start) => start.startsWith('{') && isFtm(file.text, start),
  read: (file, onProgress) => parseFtm(file.text, file.name, onProgress),
  write: (dataset, { base }) => [{ name: `${base}.ftm.json`, type: 'application/x-ndjson', text: toFtmLines(dataset) }],
};
