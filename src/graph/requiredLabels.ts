/**
 * Places the names that must be drawn (the selection, a path, and when presenting the story's: end-users
 * and the round's entities) before any other: each clear of every other name, and of every other node
 * and whole on screen where the view has a way, found by a short search when placing them one by one in
 * order of importance does not.
 */
import { overlaps, type Rect } from './spatialGrid';

export interface Place<Side extends string = string> {
  side: Side;
  wide: boolean;
  /** The name's box on screen. */
  rect: Rect;
  /** The box with the padding around it: no other name may come into it. */
  room: Rect;
  /**
   * How good a place it is, lower better: 0 clear of other nodes and whole on screen, 1 over another
   * node (the name is still read whole), 2 cut by the screen's edge, 3 both.
   */
  tier: number;
}

export interface RequiredName<P extends Place = Place> {
  id: string;
  /** Every place it may take, best first. */
  places: readonly P[];
}

/** How many tries each search makes before it gives up, so a crowded view costs a bounded time. */
const SEARCH_BUDGET = 4000;
const WORST_TIER = 3;

const conflict = (a: Place, b: Place) => overlaps(a.room, b.rect) || overlaps(b.room, a.rect);

/**
 * A place for each required name, none overlapping another: first one by one in order of importance,
 * each in its first place of tier 0 that no name placed before it stands in; if that leaves any out,
 * searches for a place for every one, allowing one tier more each time (a name with no place that good
 * takes its best). Where no search succeeds, the one-by-one places stand, and the names left out take
 * the best place clear of the others if there is one. `crowded` lists the names left out or not in a
 * place of tier 0.
 */
export function placeRequired<P extends Place>(
  names: readonly RequiredName<P>[],
): { placed: Map<string, P>; crowded: string[] } {
  const report = (placed: Map<string, P>) => ({
    placed,
    crowded: names.filter((n) => (placed.get(n.id)?.tier ?? 1) > 0).map((n) => n.id),
  });
  const greedy = new Map<string, P>();
  const taken = (place: P) => [...greedy.values()].some((other) => conflict(place, other));
  for (const name of names) {
    const place = name.places.find((p) => p.tier === 0 && !taken(p));
    if (place) greedy.set(name.id, place);
  }
  if (greedy.size === names.length) return report(greedy);
  for (let tier = 0; tier <= WORST_TIER; tier++) {
    const found = search(
      names.map((name) => {
        const best = Math.max(tier, Math.min(...name.places.map((p) => p.tier)));
        return name.places.filter((p) => p.tier <= best);
      }),
    );
    if (found) return report(new Map(names.map((name, i) => [name.id, found[i]!])));
  }
  for (const name of names) {
    if (greedy.has(name.id)) continue;
    const place = name.places.find((p) => !taken(p));
    if (place) greedy.set(name.id, place);
  }
  return report(greedy);
}

/**
 * Backtracking over the names' places, the name with the fewest places left first, dropping the places
 * a choice rules out from the others (forward checking). Null when there is no way, or none found
 * within the budget.
 */
function search<P extends Place>(domains: ReadonlyArray<readonly P[]>): P[] | null {
  if (domains.some((domain) => domain.length === 0)) return null;
  const left = domains.map((domain) => [...domain]);
  const chosen = new Map<number, P>();
  let tries = 0;
  const step = (): boolean => {
    if (chosen.size === domains.length) return true;
    let next = -1;
    for (let i = 0; i < domains.length; i++)
      if (!chosen.has(i) && (next < 0 || left[i]!.length < left[next]!.length)) next = i;
    // Choices only replace other names' lists (and put them back), so this one stays as it is.
    for (const place of left[next]!) {
      if (++tries > SEARCH_BUDGET) return false;
      const removed: Array<[number, P[]]> = [];
      let dead = false;
      for (let i = 0; i < domains.length && !dead; i++) {
        if (chosen.has(i) || i === next) continue;
        const kept = left[i]!.filter((other) => !conflict(place, other));
        if (kept.length === left[i]!.length) continue;
        removed.push([i, left[i]!]);
        left[i] = kept;
        dead = kept.length === 0;
      }
      chosen.set(next, place);
      if (!dead && step()) return true;
      chosen.delete(next);
      for (const [i, before] of removed) left[i] = before;
    }
    return false;
  };
  return step() ? domains.map((_, i) => chosen.get(i)!) : null;
}
