import type { LinkKind } from './types';

export type LinkGroup = 'goods' | 'money' | 'control' | 'relation';

/**
 * Every link kind, once: how it reads in a sentence (`A supplies B`), whether it has a direction (a
 * family tie has none), the group that colours it and what it is called in a count. Stylesheet, legend, details and exports read
 * this table, so a new kind is one entry.
 */
export interface LinkKindInfo {
  phrase: string;
  directed: boolean;
  group: LinkGroup;
  /** What one such link is called in a count: `14 ownerships`. */
  noun: string;
  plural: string;
}

export const LINK_KIND_TABLE: Readonly<Record<LinkKind, LinkKindInfo>> = {
  supplies: { phrase: 'supplies', directed: true, group: 'goods', noun: 'supply link', plural: 'supply links' },
  ships: { phrase: 'ships', directed: true, group: 'goods', noun: 'shipping link', plural: 'shipping links' },
  'procures-for': {
    phrase: 'procures for',
    directed: true,
    group: 'goods',
    noun: 'procurement link',
    plural: 'procurement links',
  },
  'produces-for': {
    phrase: 'produces for',
    directed: true,
    group: 'goods',
    noun: 'production link',
    plural: 'production links',
  },
  pays: { phrase: 'pays', directed: true, group: 'money', noun: 'payment', plural: 'payments' },
  owns: { phrase: 'owns', directed: true, group: 'control', noun: 'ownership', plural: 'ownerships' },
  controls: { phrase: 'controls', directed: true, group: 'control', noun: 'control link', plural: 'control links' },
  'part-of': { phrase: 'is part of', directed: true, group: 'control', noun: 'part-of link', plural: 'part-of links' },
  directs: { phrase: 'directs', directed: true, group: 'control', noun: 'directorship', plural: 'directorships' },
  employs: { phrase: 'employs', directed: true, group: 'relation', noun: 'employment', plural: 'employments' },
  'member-of': {
    phrase: 'is a member of',
    directed: true,
    group: 'relation',
    noun: 'membership',
    plural: 'memberships',
  },
  represents: {
    phrase: 'represents',
    directed: true,
    group: 'relation',
    noun: 'representation',
    plural: 'representations',
  },
  family: { phrase: 'is family of', directed: false, group: 'relation', noun: 'family tie', plural: 'family ties' },
  'associated-with': {
    phrase: 'is associated with',
    directed: false,
    group: 'relation',
    noun: 'association',
    plural: 'associations',
  },
};

/** The kinds of one group, in the table's order. */
export function linkKindsOf(group: LinkGroup): LinkKind[] {
  return (Object.keys(LINK_KIND_TABLE) as LinkKind[]).filter((kind) => LINK_KIND_TABLE[kind].group === group);
}
