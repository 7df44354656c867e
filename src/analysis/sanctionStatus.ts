import { listingSince, type DatasetIndex } from '../model/datasetIndex';
import type { Listing } from '../model/types';

/**
 * An entity's standing on a day. `date-unknown`: listed, but no source says since when, so it is never
 * treated as "not listed"; `delisted`: every listing it had has ended by then.
 */
export type SanctionStatus = 'sanctioned' | 'date-unknown' | 'delisted' | 'not-yet-listed' | 'never-listed';

/** Where one listing stands on a day. */
export type ListingState = 'in-force' | 'in-force-date-unknown' | 'not-yet' | 'ended';

/**
 * Where a listing stands on `asOf`. Dates compare as ISO strings, so a round known only to the month
 * (`2016-12`) counts from the first day of that month. `asOf === null` means "today": every listing
 * counts unless it has ended. A listing that ended on a day no source gives counts as ended today, and
 * as in force on any earlier day it had begun by.
 */
export function listingState(index: DatasetIndex, listing: Listing, asOf: string | null): ListingState {
  const end = listing.end;
  if (end && (end.date === undefined ? asOf === null : asOf === null || end.date <= asOf)) return 'ended';
  const since = listingSince(listing, index.roundById);
  if (since === undefined) return 'in-force-date-unknown';
  return asOf === null || since <= asOf ? 'in-force' : 'not-yet';
}

const STATUS_BY_STATE: ReadonlyArray<[ListingState, SanctionStatus]> = [
  ['in-force', 'sanctioned'],
  ['in-force-date-unknown', 'date-unknown'],
  ['ended', 'delisted'],
  ['not-yet', 'not-yet-listed'],
];

/** An entity's status on `asOf`: the strongest of its listings' states, in the order of `STATUS_BY_STATE`. */
export function sanctionStatus(index: DatasetIndex, entityId: string, asOf: string | null): SanctionStatus {
  const listings = index.listingsByEntity.get(entityId);
  if (!listings) return 'never-listed';
  const states = new Set(listings.map((listing) => listingState(index, listing, asOf)));
  return STATUS_BY_STATE.find(([state]) => states.has(state))?.[1] ?? 'never-listed';
}

const statusesCache = new WeakMap<DatasetIndex, { asOf: string | null; statuses: Map<string, SanctionStatus> }>();
/**
 * Every listed entity's status on `asOf` (an entity absent from the map was never listed), kept for
 * the last date asked of each dataset: a filter that does not move the date reuses it.
 */
export function sanctionStatuses(index: DatasetIndex, asOf: string | null): ReadonlyMap<string, SanctionStatus> {
  const cached = statusesCache.get(index);
  if (cached && cached.asOf === asOf) return cached.statuses;
  const statuses = new Map<string, SanctionStatus>();
  for (const entityId of index.listingsByEntity.keys()) statuses.set(entityId, sanctionStatus(index, entityId, asOf));
  statusesCache.set(index, { asOf, statuses });
  return statuses;
}

/** Whether a status means "on a list that day", dated or not. */
export const isListed = (status: SanctionStatus): boolean => status === 'sanctioned' || status === 'date-unknown';

/** The listings of an entity that are in force on `asOf`, including those whose start no source dates. */
export function listingsInForce(index: DatasetIndex, entityId: string, asOf: string | null): Listing[] {
  return (index.listingsByEntity.get(entityId) ?? []).filter((listing) => {
    const state = listingState(index, listing, asOf);
    return state === 'in-force' || state === 'in-force-date-unknown';
  });
}
