import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOf } from '../formats/registry';
import { COMMITTED_CASES, CORPUS_CASES, placeOf, readmeRow, shortName, type CorpusCase } from '../test/hostileCorpus';
import { validateDataset } from '../validate/validateDataset';
import { decodeText } from './decodeText';
import { createImportSession } from './importSession';
import { summariseOutcome, summaryDataset, type ImportSummary } from './importTypes';

/**
 * The hostile corpus (src/test/fixtures/hostile/, its README says what each file tries): every file
 * runs through the whole import a dropped file takes (bytes decoded, format told, read, checked,
 * summarised for the page), and must end in a report that names the file and the place of each
 * problem, keep exactly the records the corpus expects as a valid dataset, keep script as text,
 * refuse script URLs, pollute no prototype, and finish within LIMIT_MS.
 */
const DIR = new URL('../test/fixtures/hostile/', import.meta.url);
const README = readFileSync(new URL('README.md', DIR), 'utf8');
/**
 * A guard against runaway reading (quadratic or exponential blow-ups run for minutes), not a speed
 * measure (that is `npm run bench`): the largest file takes about 1 s alone, so 10 s holds on a
 * 2-core machine shared with other work.
 */
const LIMIT_MS = 10_000;

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype];
const prototypeKeys = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort());
const pristine = prototypeKeys();
const timings: Array<{ file: string; ms: number }> = [];

const bytesOf = (c: CorpusCase): Uint8Array<ArrayBuffer> =>
  c.generate ? new TextEncoder().encode(c.generate()) : new Uint8Array(readFileSync(new URL(c.file, DIR)));

async function importOnce(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ImportSummary> {
  const result = summariseOutcome(await createImportSession(() => {}).start([new File([bytes], name)]));
  if (result.kind !== 'summary') throw new Error(`${name}: asked for a column mapping instead of giving a report`);
  return result.summary;
}

/** What a clean import gives, but for the bytes it is carried in: to compare before and after the corpus. */
const CLEAN_FILES = [
  'supply-lines-dataset.json',
  'supply-lines-dataset.ftm.json',
  'supply-lines-dataset.gexf',
  'supply-lines-dataset.cyjs',
];
async function importClean(): Promise<unknown[]> {
  const dir = new URL('../test/fixtures/v1-exports/', import.meta.url);
  const summaries = await Promise.all(
    CLEAN_FILES.map((name) => importOnce(name, new Uint8Array(readFileSync(new URL(name, dir))))),
  );
  return summaries.map((summary) => ({ ...summary, datasetJson: undefined, dataset: summaryDataset(summary) }));
}
let cleanBefore: unknown[] = [];
beforeAll(async () => {
  cleanBefore = await importClean();
});

afterAll(() => {
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `Hostile corpus: ${timings.length} files; slowest ${slowest.map((t) => `${t.file} ${Math.round(t.ms)} ms`).join(', ')}`,
  );
});

describe('the hostile corpus', () => {
  it('has a case for every file in its folder, at least 30 files, every format, and a README row for each as the test states it', () => {
    expect(COMMITTED_CASES.map((c) => c.file).sort()).toEqual(
      readdirSync(DIR)
        .filter((f) => f !== 'README.md' && !f.startsWith('.'))
        .sort(),
    );
    expect(CORPUS_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS_CASES.map((c) => c.file)).size).toBe(CORPUS_CASES.length);
    expect([...new Set(CORPUS_CASES.map((c) => c.format))].sort()).toEqual([
      'csl',
      'csv',
      'cytoscape-json',
      'ftm',
      'gexf',
      'graphml',
      'project-json',
    ]);
    const rows = README.split('\n').filter((line) => line.startsWith('| `') || / \(generated\) \|/.test(line));
    expect([...rows].sort()).toEqual(CORPUS_CASES.map(readmeRow).sort());
  });

  it.each(CORPUS_CASES.map((c) => [c.file, c] as const))(
    '%s: a report naming file and place, the valid part kept, nothing run or polluted, in time',
    async (_, c) => {
      const bytes = bytesOf(c);
      const started = performance.now();
      const summary = await importOnce(c.file, bytes);
      const ms = performance.now() - started;
      timings.push({ file: c.file, ms });
      const dataset = summaryDataset(summary);

      expect(formatOf({ name: c.file, text: decodeText(bytes, c.file).text })?.id, 'the reader it reaches').toBe(
        c.format,
      );
      expect(
        summary.problems.filter((p) => p.file !== c.file),
        'problems that do not name the file',
      ).toEqual([]);
      const said = summary.problems.map(placeOf);
      expect(said.length, `the report says:\n${said.join('\n')}`).toBe(c.problems.length);
      c.problems.forEach((expected, i) =>
        expect(said[i]!.startsWith(expected), `problem ${i + 1} is\n  ${said[i]}\nnot\n  ${expected}…`).toBe(true),
      );
      expect(summary.notes.length).toBe(c.notes?.length ?? 0);
      (c.notes ?? []).forEach((expected, i) => expect(summary.notes[i]!.startsWith(expected)).toBe(true));

      expect(validateDataset(dataset).ok, 'what is kept opens').toBe(true);
      expect(dataset.entities.map((e) => shortName(e.name))).toEqual(c.kept);
      expect(dataset.links).toHaveLength(c.links ?? 0);
      expect(dataset.listings).toHaveLength(c.listings ?? 0);

      // Script and markup stay the text they are; no source keeps an address a browser would run.
      const kept = JSON.stringify(dataset);
      for (const text of c.verbatim ?? []) expect(kept).toContain(JSON.stringify(text).slice(1, -1));
      expect(dataset.sources.map((s) => s.url).filter((url) => url !== undefined && !/^https?:\/\//.test(url))).toEqual(
        [],
      );

      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(prototypeKeys()).toEqual(pristine);
      expect(ms, `${c.file} took ${Math.round(ms)} ms`).toBeLessThan(LIMIT_MS);
    },
    30_000,
  );

  it('leaves nothing behind: clean files import the same after the corpus as before it', async () => {
    expect(await importClean()).toEqual(cleanBefore);
  });
});
