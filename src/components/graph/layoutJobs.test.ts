import { describe, expect, it } from 'vitest';
import { makeDataset, makeEntity, makeLink } from '../../test/factories';
import { layoutJob } from './layoutJobs';

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
});
