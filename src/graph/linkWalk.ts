/**
 * Following an entity's links from the keyboard (`]` and `[`): which link comes next, and where
 * crossing it leads. Pure, on the dataset index and a test of what is on screen.
 */
import type { DatasetIndex } from '../model/datasetIndex';
import type { Link } from '../model/types';

/** What the walk's focus ring is on: an entity, or one of the links of the entity it came from. */
export type WalkFocus = { type: 'entity'; id: string } | { type: 'link'; id: string; from: string } | null;

/**
 * The links of `entityId` the walk steps through, in the order the details panel lists them: links
 * out, then links in, each in the dataset's order. Only those `isShown` passes (not filtered out).
 */
export function walkableLinks(index: DatasetIndex, entityId: string, isShown: (linkId: string) => boolean): Link[] {
  const links = (index.linksByEntity.get(entityId) ?? []).filter((link) => isShown(link.id));
  return [...links.filter((link) => link.source === entityId), ...links.filter((link) => link.source !== entityId)];
}

/**
 * The link `delta` steps from `currentId` (+1 next, -1 previous), wrapping around at either end; from
 * no current link (or one no longer in the list), +1 gives the first and -1 the last. Null when there are none.
 */
export function stepLink(links: readonly Link[], currentId: string | null, delta: 1 | -1): Link | null {
  if (links.length === 0) return null;
  const at = currentId === null ? -1 : links.findIndex((link) => link.id === currentId);
  if (at === -1) return delta === 1 ? links[0]! : links.at(-1)!;
  return links[(at + delta + links.length) % links.length]!;
}

/** The end of `link` that is not `from` (a link from an entity to itself leads back to it). */
export function farEnd(link: Pick<Link, 'source' | 'target'>, from: string): string {
  if (link.source !== from && link.target !== from) throw new Error(`farEnd: ${from} is not an end of this link`);
  return link.source === from ? link.target : link.source;
}
