import { describe, expect, it } from 'vitest';
import { layoutInput } from '../graph/buildElements';
import { computeLayout } from './computeLayout';
import { HUGE_PART } from './forceBlock';
import { estimateTextWidth } from './metrics';
import { generateNetwork } from '../bench/generateNetwork';

describe('computeLayout on a generated network', () => {
  it('places every entity, deterministically, with no two node boxes on the same spot', () => {
    const { nodes, edges } = layoutInput(generateNetwork(300, 3));
    const positions = computeLayout(nodes, edges);
    expect(Object.keys(positions)).toHaveLength(300);
    expect(computeLayout(nodes, edges)).toEqual(positions);
    const spots = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(300);
  }, 30_000);
});

const node = (id: string) => ({ id, label: id, size: 30, bold: false });

/** `count` suppliers of one hub, which supplies a buyer. */
function fan(count: number) {
  const suppliers = Array.from({ length: count }, (_, i) => node(`s${i}`));
  return {
    nodes: [...suppliers, node('hub'), node('buyer')],
    edges: [
      ...suppliers.map((s) => ({ id: `${s.id}-hub`, source: s.id, target: 'hub' })),
      { id: 'hub-buyer', source: 'hub', target: 'buyer' },
    ],
  };
}

/** The distinct x positions of a fan's suppliers: its columns. */
function columns(count: number) {
  const { nodes, edges } = fan(count);
  const positions = computeLayout(nodes, edges);
  return new Set(nodes.filter((n) => n.id.startsWith('s')).map((n) => positions[n.id]!.x));
}

describe('computeLayout on a fan of suppliers', () => {
  it('draws a large fan in two columns, every other supplier one rank further out', () => {
    const { nodes, edges } = fan(6);
    const positions = computeLayout(nodes, edges);
    const xs = [...columns(6)].sort((a, b) => a - b);
    expect(xs).toHaveLength(2);
    // Both left of the hub, three in each.
    expect(xs[1]).toBeLessThan(positions.hub!.x);
    const inColumn = (x: number) => nodes.filter((n) => n.id.startsWith('s') && positions[n.id]!.x === x).length;
    expect(xs.map(inColumn)).toEqual([3, 3]);
  });

  it('keeps a small fan in one column', () => {
    expect(columns(3).size).toBe(1);
  });
});

describe('computeLayout on a huge part', () => {
  it("measures the names of the entities it places by their names' room, not those of a huge part", () => {
    const chain = Array.from({ length: HUGE_PART + 1 }, (_, i) => node(`c${i}`));
    const nodes = [...chain, node('a'), node('b')];
    const edges = [
      ...chain.slice(1).map((n, i) => ({ id: `l${i}`, source: chain[i]!.id, target: n.id })),
      { id: 'ab', source: 'a', target: 'b' },
    ];
    const measured = new Set<string>();
    const positions = computeLayout(nodes, edges, (text, fontSize, bold) => {
      measured.add(text);
      return estimateTextWidth(text, fontSize, bold);
    });
    expect(Object.keys(positions)).toHaveLength(nodes.length);
    expect([...measured].filter((text) => text.startsWith('c'))).toEqual([]);
    expect(measured.has('a') && measured.has('b')).toBe(true);
  }, 30_000);
});
