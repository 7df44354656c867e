import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink } from '../test/factories';
import { clusterNetwork } from '../layout/clusters';
import {
  clusterElement,
  countFontShare,
  countFontSize,
  diffElements,
  overviewElements,
  overviewSeed,
} from './overviewElements';

// Two chains of three, a0–a1–a2 at x 0..20 and b0–b1–b2 at x 1000..1020, linked a2→b0 and b2→a0.
const ids = ['a0', 'a1', 'a2', 'b0', 'b1', 'b2'];
const dataset = makeDataset({
  entities: ids.map((id) => makeEntity({ id, name: `Entity ${id}` })),
  links: [
    makeLink({ id: 'a01', source: 'a0', target: 'a1' }),
    makeLink({ id: 'a12', source: 'a1', target: 'a2' }),
    makeLink({ id: 'b01', source: 'b0', target: 'b1' }),
    makeLink({ id: 'b12', source: 'b1', target: 'b2' }),
    makeLink({ id: 'ab', source: 'a2', target: 'b0' }),
    makeLink({ id: 'ba', source: 'b2', target: 'a0' }),
  ],
});
const index = indexDataset(dataset);
const positions = Object.fromEntries(ids.map((id, i) => [id, { x: (i < 3 ? 0 : 1000) + (i % 3) * 10, y: 0 }]));
const clustering = clusterNetwork(ids, dataset.links, positions, 3);
const clusterA = clustering.clusterOf.get('a0')!;
const clusterB = clustering.clusterOf.get('b0')!;

describe('overviewElements', () => {
  it('draws every cluster closed as one node, with one link per linked pair of clusters', () => {
    const wanted = overviewElements(clustering, index, positions, new Set());
    const nodes = [...wanted.values()].filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => [n.data.id, n.data.members])).toEqual([
      [clusterA, 3],
      [clusterB, 3],
    ]);
    const edges = [...wanted.values()].filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(1);
    expect(edges[0]!.data).toMatchObject({ count: 2 });
    expect([edges[0]!.data.source, edges[0]!.data.target].sort()).toEqual([clusterA, clusterB].sort());
  });

  it('draws an open cluster as its entities at their layout positions, linked to the closed cluster', () => {
    const wanted = overviewElements(clustering, index, positions, new Set([clusterA]));
    expect(wanted.get('a1')!.position).toEqual({ x: 10, y: 0 });
    expect(wanted.has('a01') && wanted.has('a12')).toBe(true);
    expect(wanted.has(clusterA)).toBe(false);
    expect(wanted.has(clusterB)).toBe(true);
    const toB = [...wanted.values()].filter((e) => e.data.target === clusterB || e.data.source === clusterB);
    expect(toB.map((e) => [e.data.source, e.data.target, e.data.count]).sort()).toEqual([
      ['a0', clusterB, 1],
      ['a2', clusterB, 1],
    ]);
  });

  it('draws a link between discs in proportion to the smaller disc, one to an entity at an entity’s scale', () => {
    const closed = overviewElements(clustering, index, positions, new Set());
    const discs = [clusterA, clusterB].map((id) => closed.get(id)!.data.size as number);
    const between = [...closed.values()].find((e) => e.group === 'edges')!;
    expect(between.data.width).toBe(Math.round(Math.min(...discs) * (0.02 + 0.015 * Math.log2(2)) * 10) / 10);
    const opened = overviewElements(clustering, index, positions, new Set([clusterA]));
    const toDisc = [...opened.values()].filter((e) => e.group === 'edges' && e.data.target === clusterB);
    expect(toDisc.map((e) => e.data.width)).toEqual([1, 1]);
  });

  it('draws real links between two open clusters and no aggregate', () => {
    const wanted = overviewElements(clustering, index, positions, new Set([clusterA, clusterB]));
    expect([...wanted.keys()].sort()).toEqual([...ids, ...dataset.links.map((l) => l.id)].sort());
  });

  it('gives the same seed list for the same clustering, so the canvas can tell datasets apart', () => {
    expect(overviewSeed(clustering)).toBe(overviewSeed(clustering));
    expect(overviewSeed(clustering).map((e) => e.data.id)).toEqual([clusterA, clusterB]);
  });
});

describe('diffElements', () => {
  it('adds what is wanted and missing, nodes before edges, and removes what is present and unwanted', () => {
    const wanted = overviewElements(clustering, index, positions, new Set([clusterA]));
    const { add, remove } = diffElements(new Set([clusterA, clusterB, 'gone']), wanted);
    expect(remove.sort()).toEqual([clusterA, 'gone'].sort());
    expect(add.map((e) => e.data.id)).not.toContain(clusterB);
    const firstEdge = add.findIndex((e) => e.group === 'edges');
    expect(add.slice(firstEdge).every((e) => e.group === 'edges')).toBe(true);
    expect(add.slice(0, firstEdge).map((e) => e.data.id)).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('countFontShare', () => {
  it.each(['7', '42', '157', '1,234', '12,345'])('keeps %s within 85% of its disc, at most 45% high', (count) => {
    const share = countFontShare(count);
    expect(share).toBeLessThanOrEqual(0.45);
    expect(share * 0.6 * count.length).toBeLessThanOrEqual(0.85 + 1e-9);
  });

  it('writes a three-digit count 9 px high on a disc 20 px wide', () => {
    expect(20 * countFontShare('157')).toBeGreaterThanOrEqual(9);
  });
});

describe('countFontSize', () => {
  it('never shrinks a size, and grows it by at most a fifth', () => {
    for (let size = 1; size < 5000; size += 7) {
      expect(countFontSize(size)).toBeGreaterThanOrEqual(size);
      expect(countFontSize(size)).toBeLessThanOrEqual(size * 1.2 + 1);
    }
  });

  it('writes the count of a disc 20 px wide on screen at least 9 px high, and no wider than the disc', () => {
    for (const count of ['7', '157', '1,234']) {
      const disc = 2000;
      const zoom = 20 / disc;
      const fontSize = countFontSize(disc * countFontShare(count));
      if (count.length <= 3) expect(fontSize * zoom).toBeGreaterThanOrEqual(9);
      expect(fontSize * 0.6 * count.length).toBeLessThanOrEqual(disc * 1.02);
    }
  });

  it('gives four sizes per doubling, where every disc had its own', () => {
    // 129 discs whose counts' sizes run from 500 to 3,956 units (about three doublings).
    const sizes = new Set(Array.from({ length: 129 }, (_, i) => countFontSize(500 + i * 27)));
    expect(sizes.size).toBeGreaterThanOrEqual(11);
    expect(sizes.size).toBeLessThanOrEqual(13);
  });
});

const members = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);

const tile = (w: number, h: number) => ({
  id: 'cluster:0',
  members: members(100),
  box: { x1: 0, y1: 0, x2: w, y2: h },
  centre: { x: w / 2, y: h / 2 },
});

describe('clusterElement', () => {
  it('grows a disc with its tile and its share of the largest cluster', () => {
    expect(clusterElement(tile(1000, 1000), 100).data.size).toBe(800);
    expect(clusterElement(tile(1000, 1000), 400).data.size).toBe(400);
  });

  it('moves discs of long, narrow tiles apart, so none covers a neighbour', () => {
    // Three tiles 4,000 wide and 500 high, one above the other: discs sized by area are 1,131 wide.
    const clusters = [0, 1, 2].map((i) => ({
      ...tile(4000, 500),
      id: `cluster:${i}`,
      box: { x1: 0, y1: i * 520, x2: 4000, y2: i * 520 + 500 },
      centre: { x: 2000, y: i * 520 + 250 },
    }));
    const narrow = {
      clusters,
      clusterById: new Map(clusters.map((c) => [c.id, c])),
      clusterOf: new Map<string, string>(),
      largest: 100,
      strongestLinks: [],
    };
    const discs = [...overviewElements(narrow, index, positions, new Set()).values()];
    expect(discs.map((d) => d.data.size)).toEqual([1131, 1131, 1131]);
    for (const [a, b] of [
      [0, 1],
      [1, 2],
      [0, 2],
    ] as const) {
      const [p, q] = [discs[a]!.position!, discs[b]!.position!];
      expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(1131);
    }
  });
});
