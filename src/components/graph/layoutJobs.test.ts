import { describe, expect, it, vi } from 'vitest';
import { makeDataset, makeEntity, makeLink } from '../../test/factories';
import { layoutJob } from './layoutJobs';

// The layout as it is, made to fail once where a test asks it to.
vi.mock('../../layout/runLayout', async (importOriginal) => {
  const module = await importOriginal<typeof import('../../layout/runLayout')>();
  return { ...module, runLayout: vi.fn(module.runLayout) };
});
const { runLayout } = await import('../../layout/runLayout');

const dataset = () =>
  makeDataset({
    entities: [makeEntity({ id: 'a', name: 'A' }), makeEntity({ id: 'b', name: 'B' })],
    links: [makeLink({ id: 'ab', source: 'a', target: 'b' })],
  });

describe('layoutJob', () => {
  it('lays a dataset out once: a second ask for the same dataset gets the run already started', async () => {
    const first = dataset();
    const job = layoutJob(first);
    expect(layoutJob(first)).toBe(job);
    const { positions } = await job.result;
    expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
  });

  it('starts another run for another dataset, even one equal to it', () => {
    expect(layoutJob(dataset())).not.toBe(layoutJob(dataset()));
  });

  it('keeps no failed layout: asked again for the same dataset, it lays it out again', async () => {
    const same = dataset();
    vi.mocked(runLayout).mockRejectedValueOnce(new Error('the layout worker failed'));
    await expect(layoutJob(same).result).rejects.toThrow('the layout worker failed');
    await Promise.resolve();
    const { positions } = await layoutJob(same).result;
    expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
  });
});
