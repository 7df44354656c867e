/** A disc: its centre and its diameter. */
export interface Disc {
  x: number;
  y: number;
  size: number;
}

/** Room left between two discs, as a share of their radii. */
const GAP = 0.08;
const MAX_ROUNDS = 60;

/**
 * Moves overlapping discs apart until none overlaps (or after MAX_ROUNDS rounds): each overlapping
 * pair is pushed apart along the line between their centres, each by half of what is missing. Discs
 * are sized by their member counts over tiles of irregular shapes, so neighbours overlapped, and their
 * counts were drawn one over the other ("781781" on 100,000 entities). Deterministic; coincident
 * centres part along the x axis, the later disc to the right. Returns new discs, in the same order.
 */
export function separateDiscs(discs: readonly Disc[]): Disc[] {
  const placed = discs.map((disc) => ({ ...disc }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        const wanted = ((a.size + b.size) / 2) * (1 + GAP);
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= wanted) continue;
        if (distance === 0) [dx, dy, distance] = [1, 0, 1];
        const push = (wanted - distance) / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}
