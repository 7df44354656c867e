import type { DatasetIndex } from '../model/datasetIndex';

export type SanctionStatus = 'sanctioned' | 'not-yet-listed' | 'never-listed';

/**
 * Whether an entity is sanctioned on a day: listed by a round dated on or before it. Dates compare as
 * ISO strings, so a round known only to the month (`2016-12`) counts from the first day of that month.
 * `asOf === null` means "today": every listing in the data counts.
 */
export function sanctionStatus(index: DatasetIndex, entityId: string, asOf: string | null): SanctionStatus {
  const first = index.firstListedOn.get(entityId);
  if (first === undefined) return 'never-listed';
  return asOf === null || first <= asOf ? 'sanctioned' : 'not-yet-listed';
}

/** The listings of an entity that are in force on `asOf`. */
export function listingsInForce(index: DatasetIndex, entityId: string, asOf: string | null) {
  return (index.listingsByEntity.get(entityId) ?? []).filter((listing) => {
    const round = index.roundById.get(listing.round);
    return round !== undefined && (asOf === null || round.date <= asOf);
  });
}
