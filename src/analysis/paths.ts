import type { DatasetIndex } from '../model/datasetIndex';
import type { Link } from '../model/types';

/**
 * The shortest directed paths from `from` to `to`, following links from supplier to customer, as
 * lists of links. All paths of the shortest length are returned (parallel links make separate
 * paths), up to `limit`, in a stable order. Empty when `to` cannot be reached.
 */
export function shortestPaths(index: DatasetIndex, from: string, to: string, limit = 5): Link[][] {
  if (!index.entityById.has(from) || !index.entityById.has(to) || from === to) return [];
  // Breadth-first search that keeps, for each entity, every link arriving on a shortest route.
  const distance = new Map([[from, 0]]);
  const arriving = new Map<string, Link[]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const link of index.linksByEntity.get(id) ?? []) {
        if (link.source !== id) continue;
        const seen = distance.get(link.target);
        if (seen === undefined) {
          distance.set(link.target, distance.get(id)! + 1);
          next.push(link.target);
        }
        if (seen === undefined || seen === distance.get(id)! + 1) {
          const list = arriving.get(link.target) ?? [];
          list.push(link);
          arriving.set(link.target, list);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];

  const paths: Link[][] = [];
  const walkBack = (id: string, suffix: Link[]) => {
    if (paths.length >= limit) return;
    if (id === from) {
      paths.push(suffix);
      return;
    }
    const links = [...(arriving.get(id) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    for (const link of links) walkBack(link.source, [link, ...suffix]);
  };
  walkBack(to, []);
  return paths;
}
