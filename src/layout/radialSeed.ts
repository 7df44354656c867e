/**
 * Starting places for a very large part: rings around its best-connected node, one ring per step
 * away from it, each node near the one that reached it. Linear in nodes and links and deterministic,
 * so a few force ticks from here give a settled picture, where hundreds from d3's spiral would not.
 */
export function radialSeed(
  ids: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  spacing: number,
): Map<string, { x: number; y: number }> {
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { source, target } of edges) {
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }
  let centre = ids[0]!;
  for (const id of ids) if (neighbours.get(id)!.length > neighbours.get(centre)!.length) centre = id;

  // Breadth first from the centre; each node remembers the angle of the node that reached it.
  const placed = new Map<string, { x: number; y: number }>([[centre, { x: 0, y: 0 }]]);
  const angleOf = new Map<string, number>([[centre, 0]]);
  let ring: string[] = [centre];
  let radius = 0;
  const seen = new Set(ring);
  while (ring.length > 0) {
    const next: Array<{ id: string; parentAngle: number; order: number }> = [];
    for (const id of ring) {
      for (const other of neighbours.get(id)!) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push({ id: other, parentAngle: angleOf.get(id)!, order: next.length });
      }
    }
    if (next.length === 0) break;
    next.sort((a, b) => a.parentAngle - b.parentAngle || a.order - b.order);
    radius = Math.max(radius + spacing * 2, (next.length * spacing) / (2 * Math.PI));
    next.forEach(({ id }, i) => {
      const angle = (2 * Math.PI * i) / next.length;
      angleOf.set(id, angle);
      placed.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    ring = next.map((n) => n.id);
  }
  return placed;
}
