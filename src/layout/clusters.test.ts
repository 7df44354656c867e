import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../bench/generateNetwork';
import { clusterNetwork, clusterSizeFor, MAX_CLUSTER_LINKS, packClustering, unpackClustering } from './clusters';

/** A chain of `count` entities `prefix0…`, laid out left to right 10 apart, starting at `x`. */
function chain(prefix: string, count: number, x = 0, y = 0) {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const links = ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id }));
  const positions = Object.fromEntries(ids.map((id, i) => [id, { x: x + i * 10, y }]));
  return { ids, links, positions };
}

describe('clusterNetwork', () => {
  it('keeps a connected part that fits as one cluster, with its bounding box and centre', () => {
    const a = chain('a', 10);
    const { clusters, clusterOf } = clusterNetwork(a.ids, a.links, a.positions, 10);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.box).toEqual({ x1: 0, y1: 0, x2: 90, y2: 0 });
    expect(clusters[0]!.centre).toEqual({ x: 45, y: 0 });
    expect(new Set(a.ids.map((id) => clusterOf.get(id)))).toEqual(new Set([clusters[0]!.id]));
  });

  it('cuts a large part into neighbourhoods of at most maxSize, halving along the longer side', () => {
    const a = chain('a', 40);
    const { clusters } = clusterNetwork(a.ids, a.links, a.positions, 10);
    expect(clusters.map((c) => c.members.length)).toEqual([10, 10, 10, 10]);
    // Each tile is a run of neighbours on the line, so the tiles do not overlap.
    const spans = clusters.map((c) => [c.box.x1, c.box.x2]).sort((p, q) => p[0]! - q[0]!);
    expect(spans).toEqual([
      [0, 90],
      [100, 190],
      [200, 290],
      [300, 390],
    ]);
  });

  it('pools small parts and singletons instead of giving each a cluster', () => {
    const pairs = Array.from({ length: 6 }, (_, i) => chain(`p${i}-`, 2, i * 100));
    const ids = [...pairs.flatMap((p) => p.ids), 'alone'];
    const links = pairs.flatMap((p) => p.links);
    const positions = Object.assign({ alone: { x: 700, y: 0 } }, ...pairs.map((p) => p.positions));
    const { clusters } = clusterNetwork(ids, links, positions, 20);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.members).toHaveLength(13);
  });

  it('counts the links between two clusters once per pair, whichever way they run, and none inside one', () => {
    const a = chain('a', 10);
    const b = chain('b', 10, 1000);
    const across = [
      { source: 'a0', target: 'b0' },
      { source: 'b3', target: 'a5' },
    ];
    const clustering = clusterNetwork(
      [...a.ids, ...b.ids],
      [...a.links, ...b.links, ...across],
      { ...a.positions, ...b.positions },
      10,
    );
    expect(clustering.strongestLinks).toEqual([
      { source: clustering.clusterOf.get('a0'), target: clustering.clusterOf.get('b0'), count: 2 },
    ]);
    expect(clustering.largest).toBe(10);
  });

  it('gives the same clusters for the same input, whatever the order of ties', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const positions = Object.fromEntries(ids.map((id) => [id, { x: 0, y: 0 }]));
    const first = clusterNetwork(ids, [], positions, 8).clusters.map((c) => c.members);
    expect(clusterNetwork(ids, [], positions, 8).clusters.map((c) => c.members)).toEqual(first);
    expect(first.flat().sort()).toEqual([...ids].sort());
  });

  it('keeps the most linked pairs of clusters, the most first, up to the limit', () => {
    const network = generateNetwork(6000);
    const ids = network.entities.map((e) => e.id);
    const positions = Object.fromEntries(ids.map((id, i) => [id, { x: (i % 80) * 100, y: Math.floor(i / 80) * 100 }]));
    const { strongestLinks } = clusterNetwork(ids, network.links, positions);
    expect(strongestLinks).toHaveLength(MAX_CLUSTER_LINKS);
    const counts = strongestLinks.map((link) => link.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1)!);
  });

  it('comes back whole from a worker: packed, then unpacked for the same entities', () => {
    const network = generateNetwork(3000);
    const ids = network.entities.map((e) => e.id);
    const positions = Object.fromEntries(ids.map((id, i) => [id, { x: (i % 60) * 100, y: Math.floor(i / 60) * 100 }]));
    const clustering = clusterNetwork(ids, network.links, positions);
    const packed = structuredClone(packClustering(clustering, ids));
    expect(packed.clusterIndexOf).toBeInstanceOf(Int32Array);
    const back = unpackClustering(packed, ids);
    expect(back.clusters).toEqual(clustering.clusters);
    expect(Object.fromEntries(back.clusterOf)).toEqual(Object.fromEntries(clustering.clusterOf));
    expect(back.largest).toBe(clustering.largest);
    expect(back.strongestLinks).toEqual(clustering.strongestLinks);
    expect(back.clusterById.get(clustering.clusters[3]!.id)).toBe(back.clusters[3]);
  });

  it('rejects a maximum size under one', () => {
    expect(() => clusterNetwork(['a'], [], {}, 0)).toThrow(/clusterNetwork: maxSize/);
  });
});

describe('clusterSizeFor', () => {
  it.each([
    [3000, 60],
    [20000, 200],
    [100000, 1000],
  ])('%i entities: clusters of at most %i', (count, size) => expect(clusterSizeFor(count)).toBe(size));
});
