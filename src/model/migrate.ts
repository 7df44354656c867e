import { type Loose, isObject } from './loose';
import { FORMAT_NAME, FORMAT_VERSION } from './schema';

/**
 * Migrations from older versions of the project format, in order: entry n takes version n + 1 to n + 2.
 * Each is plain data in, plain data out, and leaves what it does not know alone, so the validator
 * still reports it with its path.
 */
const MIGRATIONS: ReadonlyArray<(input: Loose) => Loose> = [
  // 1 → 2: a round's `listedCount` becomes `size.entities`; everything else of version 1 is valid version 2.
  (input) => ({
    ...input,
    version: 2,
    rounds: Array.isArray(input.rounds) ? input.rounds.map(restoreRound) : input.rounds,
  }),
];

/**
 * A round record of any published version as the current version has it. Exports in other formats
 * (GEXF, GraphML, Cytoscape JSON, CSV) carry round records too, so their readers restore them as well.
 */
export function restoreRound(round: unknown): unknown {
  if (!isObject(round) || !('listedCount' in round)) return round;
  const { listedCount, ...rest } = round;
  if (listedCount === undefined) return rest;
  return { ...rest, size: isObject(rest.size) ? rest.size : { entities: listedCount } };
}

export type MigrationResult =
  | { ok: true; data: unknown; from: number }
  | { ok: false; path: '' | 'format' | 'version'; message: string };

/**
 * Restores a dataset of any published version to the current one, the way excalidraw restores old
 * scenes: at the boundary, before validation. Input that is not a Supply Lines dataset, or of a
 * version this app does not know, is said so; anything else goes on to the validator.
 */
export function migrateDataset(input: unknown): MigrationResult {
  if (!isObject(input))
    return { ok: false, path: '', message: 'is not a Supply Lines dataset: it must be a JSON object' };
  if (input.format !== FORMAT_NAME)
    return { ok: false, path: 'format', message: `is not a Supply Lines dataset: "format" must be "${FORMAT_NAME}"` };
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > FORMAT_VERSION) {
    return {
      ok: false,
      path: 'version',
      message: `has format version ${JSON.stringify(version)}; this app reads versions 1 to ${FORMAT_VERSION}`,
    };
  }
  let data: Loose = input;
  for (let v = version; v < FORMAT_VERSION; v++) data = MIGRATIONS[v - 1]!(data);
  return { ok: true, data, from: version };
}
