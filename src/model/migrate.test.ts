import { describe, expect, it } from 'vitest';
import builtin from '../../data/drone-rounds-2023.json';
import { validateDataset } from '../validate/validateDataset';
import { migrateDataset } from './migrate';
import { FORMAT_VERSION } from './schema';

/** The built-in dataset written back as version 1 was: `listedCount` on rounds, no v2 fields. */
function asVersion1(dataset: typeof builtin): Record<string, unknown> {
  return {
    ...dataset,
    version: 1,
    rounds: dataset.rounds.map(({ size, ...round }: Record<string, unknown>) => ({
      ...round,
      ...((size as { entities?: number } | undefined)?.entities !== undefined
        ? { listedCount: (size as { entities: number }).entities }
        : {}),
    })),
  };
}

describe('migrateDataset', () => {
  it("opens a version 1 file unchanged in meaning: the same records, with a round's listed count as its stated size", () => {
    const v1 = asVersion1(builtin);
    expect(JSON.stringify(v1)).toContain('"listedCount":28');
    const fromV1 = validateDataset(v1);
    const current = validateDataset(builtin);
    expect(fromV1.ok && current.ok).toBe(true);
    // Version 1 could state only how many entities a round listed: that much of each size comes back.
    const sizesAsV1Held = {
      ...current.dataset!,
      rounds: current.dataset!.rounds.map(({ size, ...round }) =>
        size?.entities !== undefined ? { ...round, size: { entities: size.entities } } : round,
      ),
    };
    expect(fromV1.dataset).toEqual(sizesAsV1Held);
    expect(fromV1.dataset!.version).toBe(FORMAT_VERSION);
    expect(fromV1.dataset!.rounds.find((r) => r.id === 'bis-2023-09-25')!.size).toEqual({ entities: 28 });
  });

  it('leaves a current file as it is', () => {
    const result = migrateDataset(builtin);
    expect(result.ok && result.data).toBe(builtin);
  });

  it.each([
    ['a list', [1, 2], '', 'must be a JSON object'],
    ['another format', { format: 'kumu', version: 1 }, 'format', '"format" must be "supply-lines"'],
    ['a future version', { format: 'supply-lines', version: 3 }, 'version', 'this app reads versions 1 to 2'],
    [
      'a version that is not a whole number',
      { format: 'supply-lines', version: '1' },
      'version',
      'has format version "1"',
    ],
  ])('refuses %s, saying where', (_, input, path, message) => {
    const result = migrateDataset(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.path).toBe(path);
      expect(result.message).toContain(message);
    }
  });
});
