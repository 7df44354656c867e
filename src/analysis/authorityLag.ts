import type { DatasetIndex } from '../model/datasetIndex';
import { listingSince } from '../model/datasetIndex';
import { DATE_UNKNOWN } from '../model/rounds';
import type { Listing } from '../model/types';
import { authoritiesInDataset } from './authorities';
import { daysBetween } from './calendar';

/**
 * One authority's standing on one entity: `listed` with the day it first listed it and how many days
 * after the first authority that was; `date-unknown` when it lists it on no known date (no lag is
 * guessed); `not-listed` when it never did.
 */
export type AuthorityLag =
  | { authority: string; state: 'listed'; firstDate: string; days: number }
  | { authority: string; state: 'date-unknown' }
  | { authority: string; state: 'not-listed' };

/**
 * When a listing began: its start date (its own, else its round's), else the day it was published on
 * the list (FollowTheMoney's `listingDate`, a round's publication date). Ended listings count: the
 * question is how long an authority took, not whether it still lists.
 */
export function listingFirstDate(index: DatasetIndex, listing: Listing): string | undefined {
  return listingSince(listing, index.roundById) ?? listing.listedOn ?? index.roundById.get(listing.round)?.published;
}

/**
 * For each authority of the dataset (or `authorities`), when it first listed the entity and how far
 * behind the first authority it was. Listed ones come first, earliest first; then those listing it on no
 * known date; then those that never did; ties by name.
 */
export function authorityLags(
  index: DatasetIndex,
  entityId: string,
  authorities: readonly string[] = authoritiesInDataset(index),
): AuthorityLag[] {
  const firstByAuthority = new Map<string, string | undefined>();
  for (const listing of index.listingsByEntity.get(entityId) ?? []) {
    const authority = index.roundById.get(listing.round)!.authority;
    const date = listingFirstDate(index, listing);
    const known = firstByAuthority.get(authority);
    if (!firstByAuthority.has(authority) || (date !== undefined && (known === undefined || date < known)))
      firstByAuthority.set(authority, date);
  }
  const dates = [...firstByAuthority.values()].filter((d): d is string => d !== undefined);
  const earliest = dates.length > 0 ? dates.reduce((a, b) => (b < a ? b : a)) : undefined;
  const lags = [...new Set([...authorities, ...firstByAuthority.keys()])].map((authority): AuthorityLag => {
    if (!firstByAuthority.has(authority)) return { authority, state: 'not-listed' };
    const firstDate = firstByAuthority.get(authority);
    return firstDate === undefined
      ? { authority, state: 'date-unknown' }
      : { authority, state: 'listed', firstDate, days: daysBetween(earliest!, firstDate) };
  });
  const order = { listed: 0, 'date-unknown': 1, 'not-listed': 2 } as const;
  return lags.sort(
    (a, b) =>
      order[a.state] - order[b.state] ||
      (a.state === 'listed' && b.state === 'listed' ? a.days - b.days : 0) ||
      a.authority.localeCompare(b.authority),
  );
}

/** How a lag reads: `+482 days`, `+0 days` for the first, `date unknown`, `not listed`. */
export function lagText(lag: AuthorityLag): string {
  if (lag.state === 'not-listed') return 'not listed';
  if (lag.state === 'date-unknown') return DATE_UNKNOWN;
  return `+${lag.days} ${lag.days === 1 ? 'day' : 'days'}`;
}

/**
 * The table's `Lag` cell: how far the slowest authority trailed the first, `482 days (EU)`; `date
 * unknown` when two or more authorities list it but not two with dates; empty when fewer than two list
 * it. Written without a leading `+` so it sorts by number and exports without a formula guard.
 */
export function lagCell(lags: readonly AuthorityLag[]): string {
  const dated = lags.filter((lag) => lag.state === 'listed');
  const listing = lags.filter((lag) => lag.state !== 'not-listed');
  if (dated.length >= 2) {
    const slowest = dated.at(-1)!;
    return `${slowest.days} ${slowest.days === 1 ? 'day' : 'days'} (${slowest.authority})`;
  }
  return listing.length >= 2 ? DATE_UNKNOWN : '';
}

export interface MedianLag {
  authority: string;
  /** Median days behind the first authority, over `entities`. */
  days: number;
  /** Entities it lists with a date that at least one other authority also lists with a date. */
  entities: number;
}

/**
 * Each authority's median lag over the given entities, counting only entities that two or more
 * authorities list with a date (a lag means something only beside another authority). Smallest median
 * first, then by name.
 */
export function medianLagByAuthority(index: DatasetIndex, entityIds: Iterable<string>): MedianLag[] {
  const daysByAuthority = new Map<string, number[]>();
  const authorities = authoritiesInDataset(index);
  for (const id of entityIds) {
    if (!index.listingsByEntity.has(id)) continue;
    const dated = authorityLags(index, id, authorities).filter((lag) => lag.state === 'listed');
    if (dated.length < 2) continue;
    for (const lag of dated) {
      const list = daysByAuthority.get(lag.authority) ?? [];
      list.push(lag.days);
      daysByAuthority.set(lag.authority, list);
    }
  }
  return [...daysByAuthority]
    .map(([authority, days]) => ({ authority, days: median(days), entities: days.length }))
    .sort((a, b) => a.days - b.days || a.authority.localeCompare(b.authority));
}

/** The middle value; for an even count, the mean of the two middle ones, rounded to a whole day. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
