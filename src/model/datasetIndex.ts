import { filingCountry } from './countries';
import type { Dataset, Entity, Link, Listing, Round } from './types';

/** Lookups derived once per dataset, so filters and panels never scan arrays. */
export interface DatasetIndex {
  dataset: Dataset;
  entityById: ReadonlyMap<string, Entity>;
  roundById: ReadonlyMap<string, Round>;
  linkById: ReadonlyMap<string, Link>;
  /** Each entity's listings, oldest round first. */
  listingsByEntity: ReadonlyMap<string, readonly Listing[]>;
  /** The date of each entity's first listing; absent for entities never listed. */
  firstListedOn: ReadonlyMap<string, string>;
  linksByEntity: ReadonlyMap<string, readonly Link[]>;
  /** Rounds oldest first (ties broken by authority, then id, so the order is stable). */
  roundsByDate: readonly Round[];
  /** The distinct round dates, oldest first: the stops of the `As of` control. */
  roundDates: readonly string[];
  /** Filing countries (Hong Kong under China) with how many entities each holds, by count then name. */
  countryCounts: ReadonlyArray<{ code: string; count: number }>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const entityById = new Map(dataset.entities.map((e) => [e.id, e]));
  const roundById = new Map(dataset.rounds.map((r) => [r.id, r]));
  const linkById = new Map(dataset.links.map((l) => [l.id, l]));
  const roundsByDate = [...dataset.rounds].sort(
    (a, b) => a.date.localeCompare(b.date) || a.authority.localeCompare(b.authority) || a.id.localeCompare(b.id),
  );
  const roundOrder = new Map(roundsByDate.map((r, i) => [r.id, i]));

  const listingsByEntity = groupBy(dataset.listings, (l) => [l.entity]);
  const firstListedOn = new Map<string, string>();
  for (const [entityId, listings] of listingsByEntity) {
    listings.sort((a, b) => (roundOrder.get(a.round) ?? 0) - (roundOrder.get(b.round) ?? 0));
    const first = roundById.get(listings[0]!.round);
    if (first) firstListedOn.set(entityId, first.date);
  }

  const counts = new Map<string, number>();
  for (const entity of dataset.entities) {
    const code = filingCountry(entity.country);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return {
    dataset,
    entityById,
    roundById,
    linkById,
    listingsByEntity,
    firstListedOn,
    linksByEntity: groupBy(dataset.links, (l) => [l.source, l.target]),
    roundsByDate,
    roundDates: [...new Set(roundsByDate.map((r) => r.date))],
    countryCounts: [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
