import { describe, expect, it } from 'vitest';
import { createImportSession } from './importSession';
import { summariseOutcome, summaryDataset, type ImportProgress } from './importTypes';

const ftmLines = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    JSON.stringify({ id: `e${i}`, schema: 'Company', properties: { name: [`Company ${i}`] } }),
  ).join('\n');

describe('createImportSession', () => {
  it('reads files to a draft, reporting progress through reading and parsing at most once a percent', async () => {
    const seen: ImportProgress[] = [];
    const session = createImportSession((p) => seen.push(p));
    const outcome = await session.start([new File([ftmLines(20000)], 'big.ftm.json')]);
    expect(outcome.kind === 'draft' && outcome.draft.dataset.entities.length).toBe(20000);
    const steps = [...new Set(seen.map((p) => p.step))];
    expect(steps).toEqual(['Reading big.ftm.json', 'Reading records', 'Checking the records']);
    const reading = seen.filter((p) => p.step === 'Reading records').map((p) => p.fraction!);
    expect(reading.length).toBeGreaterThan(1);
    expect(reading.length).toBeLessThanOrEqual(101);
    expect([...reading].sort((a, b) => a - b)).toEqual(reading);
  }, 30_000);

  it('reports progress through the rows of a large CSV', async () => {
    const seen: ImportProgress[] = [];
    const rows = Array.from({ length: 30_000 }, (_, i) => `e${i},Entity ${i}`).join('\n');
    await createImportSession((p) => seen.push(p)).start([new File([`Id,Label\n${rows}\n`], 'nodes.csv')]);
    const fractions = seen.filter((p) => p.step === 'Reading rows').map((p) => p.fraction!);
    expect(fractions.length).toBeGreaterThan(3);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)!).toBeLessThanOrEqual(1);
  }, 30_000);

  it('keeps the text between the mapping question and the answer', async () => {
    const session = createImportSession(() => {});
    const asked = await session.start([new File(['Exporter,Importer\nA,B\n'], 'shipments.csv')]);
    expect(asked.kind).toBe('mapping');
    const answered = session.map([
      { file: 'shipments.csv', table: 'links', columns: { source: 'Exporter', target: 'Importer' } },
    ]);
    expect(answered.kind === 'draft' && answered.draft.dataset.entities.map((e) => e.name)).toEqual(['A', 'B']);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = { name: 'huge.json', size: 300 * 1024 * 1024 } as File;
    const outcome = await createImportSession(() => {}).start([huge]);
    expect(outcome.kind === 'draft' && outcome.draft.problems[0]!.message).toBe(
      'is 300 MB; the largest file this app reads is 200 MB',
    );
  });
});

describe('summariseOutcome', () => {
  it('keeps the counts and the first 10,000 problems, and carries the dataset as JSON bytes', async () => {
    const broken = Array.from(
      { length: 10_500 },
      (_, i) => `{"id":"e${i}","schema":"Company","properties":{"name":["E"],"country":["x${i}"]}}`,
    ).join('\n');
    const outcome = await createImportSession(() => {}).start([new File([broken], 'x.ftm.json')]);
    const result = summariseOutcome(outcome);
    if (result.kind !== 'summary') throw new Error('expected a summary');
    expect(result.summary.counts.entities).toBe(10_500);
    expect(result.summary.problemCount).toBe(10_500);
    expect(result.summary.problems).toHaveLength(10_000);
    expect(summaryDataset(result.summary)).toEqual(outcome.kind === 'draft' && outcome.draft.dataset);
  }, 30_000);
});
