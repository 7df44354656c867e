import type { DatasetIndex } from '../model/datasetIndex';

export type Direction = 'in' | 'out' | 'both';
export const DIRECTIONS: readonly Direction[] = ['both', 'out', 'in'];

/**
 * The entities within `hops` links of `center`, following links downstream (`out`: whom it supplies),
 * upstream (`in`: who supplies it) or both, and the links between them that were followed. Only
 * entities for which `allowed` holds are entered, so focus respects the other filters.
 */
export function neighbourhood(
  index: DatasetIndex,
  center: string,
  hops: number,
  direction: Direction,
  allowed: (entityId: string) => boolean = () => true,
): { entities: Set<string>; links: Set<string> } {
  const entities = new Set<string>();
  const links = new Set<string>();
  if (!index.entityById.has(center) || !allowed(center)) return { entities, links };
  entities.add(center);
  let frontier = [center];
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const link of index.linksByEntity.get(id) ?? []) {
        const outward = link.source === id && direction !== 'in';
        const inward = link.target === id && direction !== 'out';
        if (!outward && !inward) continue;
        const other = outward ? link.target : link.source;
        if (!allowed(other)) continue;
        links.add(link.id);
        if (!entities.has(other)) {
          entities.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { entities, links };
}
