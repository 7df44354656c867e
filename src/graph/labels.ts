import type { Link, LinkKind } from '../model/types';

export const LINK_KIND_PHRASES: Readonly<Record<LinkKind, string>> = {
  supplies: 'supplies',
  ships: 'ships',
  pays: 'pays',
  owns: 'owns',
  employs: 'employs',
  'procures-for': 'procures for',
  'produces-for': 'produces for',
  'associated-with': 'is associated with',
};

/** The short text drawn on a link: its kind and the first item, e.g. `supplies: GNSS modules +2`. */
export function linkLabel(link: Pick<Link, 'kind' | 'items'>): string {
  const phrase = LINK_KIND_PHRASES[link.kind];
  const [first, ...rest] = link.items;
  if (first === undefined) return phrase;
  const shortFirst = first.length > 28 ? `${first.slice(0, 26).trimEnd()}…` : first;
  return `${phrase}: ${shortFirst}${rest.length > 0 ? ` +${rest.length}` : ''}`;
}
