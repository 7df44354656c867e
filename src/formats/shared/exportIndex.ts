import type { Dataset, Listing, Round, Source } from '../../model/types';

/** Lookups every export needs, made once per dataset, so exporting 20,000 records stays linear. */
export interface ExportIndex {
  sourceById: Map<string, Source>;
  /** A source's place in the dataset, to list cited sources in the dataset's order. */
  sourceOrder: Map<string, number>;
  roundById: Map<string, Round>;
  roundOrder: Map<string, number>;
  listingsByEntity: Map<string, Listing[]>;
}

const cache = new WeakMap<Dataset, ExportIndex>();

export function exportIndex(dataset: Dataset): ExportIndex {
  let index = cache.get(dataset);
  if (!index) {
    const listingsByEntity = new Map<string, Listing[]>();
    for (const listing of dataset.listings) {
      const list = listingsByEntity.get(listing.entity);
      if (list) list.push(listing);
      else listingsByEntity.set(listing.entity, [listing]);
    }
    index = {
      sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
      sourceOrder: new Map(dataset.sources.map((s, i) => [s.id, i])),
      roundById: new Map(dataset.rounds.map((r) => [r.id, r])),
      roundOrder: new Map(dataset.rounds.map((r, i) => [r.id, i])),
      listingsByEntity,
    };
    cache.set(dataset, index);
  }
  return index;
}
