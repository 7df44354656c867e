import type { Dataset } from '../../model/types';
import { exportIndex } from './exportIndex';
import { listingLine } from './factsText';

/** A record's sources as one text cell: `Title <https://…>; Other title <https://…>`. */
export function sourcesText(dataset: Dataset, ids: readonly string[]): string {
  return ids
    .map((id) => exportIndex(dataset).sourceById.get(id))
    .filter((s) => s !== undefined)
    .map((s) => (s.url ? `${s.title} <${s.url}>` : s.title))
    .join('; ');
}

/** An entity's listings as one text cell: `2023-09-25 US BIS Entity List; date unknown US OFAC SDN List (delisted 2024)`. */
export function listingsText(dataset: Dataset, entityId: string): string {
  const { listingsByEntity, roundById } = exportIndex(dataset);
  return (listingsByEntity.get(entityId) ?? [])
    .flatMap((listing) => {
      const round = roundById.get(listing.round);
      return round ? [listingLine(listing, round)] : [];
    })
    .join('; ');
}
