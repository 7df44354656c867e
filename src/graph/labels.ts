import { LINK_KIND_TABLE } from '../model/linkKinds';
import type { Link, LinkKind } from '../model/types';

export const LINK_KIND_PHRASES: Readonly<Record<LinkKind, string>> = Object.fromEntries(
  Object.entries(LINK_KIND_TABLE).map(([kind, { phrase }]) => [kind, phrase]),
) as Record<LinkKind, string>;

/** A share as people write it: `51%`, `33.3%`. */
export const shareText = (share: number): string => `${Number(share.toFixed(2))}%`;

/** The short text drawn on a link: its kind and the first item, e.g. `supplies: GNSS modules +2`, or `owns 51%`. */
export function linkLabel(link: Pick<Link, 'kind' | 'items' | 'share'>): string {
  const phrase =
    link.share === undefined
      ? LINK_KIND_PHRASES[link.kind]
      : `${LINK_KIND_PHRASES[link.kind]} ${shareText(link.share)}`;
  const [first, ...rest] = link.items;
  if (first === undefined) return phrase;
  const shortFirst = first.length > 28 ? `${first.slice(0, 26).trimEnd()}…` : first;
  return `${phrase}: ${shortFirst}${rest.length > 0 ? ` +${rest.length}` : ''}`;
}
