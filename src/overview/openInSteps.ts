import type { Clustering } from '../layout/clusters';

/**
 * Members a drawing step opens at most (one cluster when a single one is larger). Opening ~1,000
 * entities of 20,000 at once (the clusters holding exposure's first rows) was one ~600 ms frame.
 */
export const STEP_MEMBERS = 200;

/**
 * The clusters to draw open in the next step towards `wanted` (in the order they matter): those
 * already drawn that are still wanted, then wanted ones not yet drawn, in order, while they hold at
 * most `budget` members (at least one). Clusters no longer wanted close at once.
 */
export function nextOpenStep(
  drawn: ReadonlySet<string>,
  wanted: readonly string[],
  clustering: Clustering,
  budget: number = STEP_MEMBERS,
): Set<string> {
  const next = new Set(wanted.filter((id) => drawn.has(id)));
  let members = 0;
  for (const id of wanted) {
    if (next.has(id)) continue;
    const size = clustering.clusterById.get(id)?.members.length ?? 0;
    if (members > 0 && members + size > budget) break;
    next.add(id);
    members += size;
  }
  return next;
}
