import type { DatasetIndex } from '../model/datasetIndex';
import { LINK_KIND_TABLE } from '../model/linkKinds';
import type { Confidence, EntityKind } from '../model/types';
import { LEGEND_CLASSES, type LegendClass } from './graphClasses';
import { LINK_GROUPS, ROLE_GROUPS } from './palette';
import type { ViewClasses } from './viewClasses';

/** What the graph draws right now, by legend entry: the legend names only these. */
export interface LegendInUse {
  roleGroups: ReadonlySet<string>;
  kinds: ReadonlySet<EntityKind>;
  endUsers: boolean;
  statuses: ReadonlySet<LegendClass>;
  linkGroups: ReadonlySet<string>;
  /** Whether a link without direction (family, associate) is drawn, without an arrowhead. */
  undirectedLinks: boolean;
  confidences: ReadonlySet<Confidence>;
}

const STATUS_CLASSES: ReadonlySet<string> = new Set(LEGEND_CLASSES);
const groupOfRole = new Map<string, string>(
  ROLE_GROUPS.flatMap((group) => group.roles.map((role) => [role, group.name] as const)),
);
const groupOfLinkKind = new Map<string, string>(
  LINK_GROUPS.flatMap((group) => group.kinds.map((kind) => [kind, group.name] as const)),
);

/** Reads the legend's entries off the classes the graph is drawn with, skipping hidden elements. */
export function legendInUse(index: DatasetIndex, classes: ViewClasses): LegendInUse {
  const roleGroups = new Set<string>();
  const kinds = new Set<EntityKind>();
  const statuses = new Set<LegendClass>();
  const linkGroups = new Set<string>();
  const confidences = new Set<Confidence>();
  let endUsers = false;
  let undirectedLinks = false;
  const drawn = (id: string) => {
    const names = classes.get(id);
    if (!names || names.includes('hidden')) return false;
    for (const name of names) if (STATUS_CLASSES.has(name)) statuses.add(name as LegendClass);
    return true;
  };
  for (const entity of index.dataset.entities) {
    if (!drawn(entity.id)) continue;
    roleGroups.add(groupOfRole.get(entity.role)!);
    kinds.add(entity.kind);
    endUsers ||= entity.role === 'end-user' && entity.kind !== 'programme';
  }
  for (const link of index.dataset.links) {
    if (!drawn(link.id)) continue;
    linkGroups.add(groupOfLinkKind.get(link.kind)!);
    undirectedLinks ||= !LINK_KIND_TABLE[link.kind].directed;
    confidences.add(link.confidence);
  }
  return { roleGroups, kinds, endUsers, statuses, linkGroups, undirectedLinks, confidences };
}
