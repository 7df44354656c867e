import type { LinkKind } from './types';

export type LinkGroup = 'goods' | 'money' | 'control' | 'relation';

/**
 * Every link kind, once: how it reads in a sentence (`A supplies B`), whether it has a direction (a
 * family tie has none) and the group that colours it. Stylesheet, legend, details and exports read
 * this table, so a new kind is one entry.
 */
export const LINK_KIND_TABLE: Readonly<Record<LinkKind, { phrase: string; directed: boolean; group: LinkGroup }>> = {
  supplies: { phrase: 'supplies', directed: true, group: 'goods' },
  ships: { phrase: 'ships', directed: true, group: 'goods' },
  'procures-for': { phrase: 'procures for', directed: true, group: 'goods' },
  'produces-for': { phrase: 'produces for', directed: true, group: 'goods' },
  pays: { phrase: 'pays', directed: true, group: 'money' },
  owns: { phrase: 'owns', directed: true, group: 'control' },
  controls: { phrase: 'controls', directed: true, group: 'control' },
  'part-of': { phrase: 'is part of', directed: true, group: 'control' },
  directs: { phrase: 'directs', directed: true, group: 'control' },
  employs: { phrase: 'employs', directed: true, group: 'relation' },
  'member-of': { phrase: 'is a member of', directed: true, group: 'relation' },
  represents: { phrase: 'represents', directed: true, group: 'relation' },
  family: { phrase: 'is family of', directed: false, group: 'relation' },
  'associated-with': { phrase: 'is associated with', directed: false, group: 'relation' },
};

/** The kinds of one group, in the table's order. */
export function linkKindsOf(group: LinkGroup): LinkKind[] {
  return (Object.keys(LINK_KIND_TABLE) as LinkKind[]).filter((kind) => LINK_KIND_TABLE[kind].group === group);
}
