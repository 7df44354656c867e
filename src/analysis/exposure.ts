import { listingsInForce } from './sanctionStatus';
import type { DatasetIndex } from '../model/datasetIndex';

export interface ExposureRow {
  entityId: string;
  /** Directly linked entities that are sanctioned as of the date, or are end-users. */
  partners: string[];
}

/**
 * The evasion researcher's first question: as of `asOf`, which entities not (yet) listed by
 * `authority` (by anyone, when null) deal directly with sanctioned entities or end-users? Ranked by
 * how many such partners they have, then by name. `allowed` limits it to what the view shows.
 */
export function exposure(
  index: DatasetIndex,
  asOf: string | null,
  authority: string | null,
  allowed: (entityId: string) => boolean = () => true,
): ExposureRow[] {
  const listedBy = (id: string, who: string | null) =>
    listingsInForce(index, id, asOf).some((l) => who === null || index.roundById.get(l.round)!.authority === who);
  const risky = (id: string) => listedBy(id, null) || index.entityById.get(id)!.role === 'end-user';

  const rows: ExposureRow[] = [];
  for (const entity of index.dataset.entities) {
    if (!allowed(entity.id) || listedBy(entity.id, authority)) continue;
    const partners = new Set<string>();
    for (const link of index.linksByEntity.get(entity.id) ?? []) {
      const other = link.source === entity.id ? link.target : link.source;
      if (other !== entity.id && allowed(other) && risky(other)) partners.add(other);
    }
    if (partners.size > 0) rows.push({ entityId: entity.id, partners: [...partners].sort() });
  }
  const name = (id: string) => index.entityById.get(id)!.name;
  return rows.sort((a, b) => b.partners.length - a.partners.length || name(a.entityId).localeCompare(name(b.entityId)));
}
