import type { Dataset } from '../../model/types';
import { exportIndex } from './exportIndex';

/** A record's sources as one text cell: `Title <https://…>; Other title <https://…>`. */
export function sourcesText(dataset: Dataset, ids: readonly string[]): string {
  return ids
    .map((id) => exportIndex(dataset).sourceById.get(id))
    .filter((s) => s !== undefined)
    .map((s) => (s.url ? `${s.title} <${s.url}>` : s.title))
    .join('; ');
}

/** An entity's listings as one text cell: `2023-09-25 US BIS Entity List; …`. */
export function listingsText(dataset: Dataset, entityId: string): string {
  const { listingsByEntity, roundById } = exportIndex(dataset);
  return (listingsByEntity.get(entityId) ?? [])
    .map((l) => roundById.get(l.round))
    .filter((r) => r !== undefined)
    .map((r) => `${r.date} ${r.authority} ${r.list}`)
    .join('; ');
}
