import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink } from '../test/factories';
import { warmUpElements } from './warmUpElements';

const dataset = makeDataset({
  entities: ['e1', 'e2', 'e3', 'e4'].map((id) => makeEntity({ id, name: `Entity ${id}` })),
  links: [
    makeLink({ id: 'l12', source: 'e1', target: 'e2' }),
    makeLink({ id: 'l23', source: 'e2', target: 'e3' }),
    makeLink({ id: 'l34', source: 'e3', target: 'e4' }),
  ],
});
const index = indexDataset(dataset);

describe('warmUpElements', () => {
  const elements = warmUpElements(index, new Map([['e2', ['sanctioned']]]), 3);
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('has discs drawn as clusters are, numbered, some sliced and ringed as holding sanctioned entities', () => {
    const discs = nodes.filter((n) => (n.classes as string[]).includes('cluster'));
    expect(discs).toHaveLength(3);
    for (const disc of discs)
      expect(disc.data).toMatchObject({
        label: expect.stringMatching(/^\d/),
        size: expect.any(Number),
        fontSize: expect.any(Number),
      });
    expect(
      discs.filter((d) => (d.classes as string[]).includes('cluster-sanctioned')).map((d) => d.data.sanctionedShare),
    ).toEqual([1 / 3, 2 / 3]);
  });

  it("has the dataset's first entities, in the view's classes, and only the links among them", () => {
    expect(nodes.filter((n) => !(n.classes as string[]).includes('cluster')).map((n) => n.data.id)).toEqual([
      'e1',
      'e2',
      'e3',
    ]);
    expect(nodes.find((n) => n.data.id === 'e2')!.classes).toContain('sanctioned');
    expect(
      edges
        .filter((e) => !(e.classes as string[]).includes('aggregate'))
        .map((e) => e.data.id)
        .sort(),
    ).toEqual(['l12', 'l23']);
  });

  it('links the discs with aggregate links whose ends are discs, and places nothing on top of another', () => {
    const ids = new Set(nodes.map((n) => n.data.id));
    const aggregates = edges.filter((e) => (e.classes as string[]).includes('aggregate'));
    expect(aggregates).toHaveLength(2);
    for (const link of [...aggregates, ...edges])
      expect(ids.has(link.data.source) && ids.has(link.data.target)).toBe(true);
    const places = nodes.map((n) => `${n.position!.x},${n.position!.y}`);
    expect(new Set(places).size).toBe(places.length);
  });
});
