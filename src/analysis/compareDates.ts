import type { DatasetIndex } from '../model/datasetIndex';
import type { Link, Listing } from '../model/types';
import { listingFirstDate } from './authorityLag';
import { isBetween } from './calendar';

/** What changed after `from` up to and including `to` (`from` null: since the start). */
export interface DateChanges {
  from: string | null;
  to: string;
  /** Listings that began in the span (their start date, else their listing date). */
  addedListings: Listing[];
  /** Listings whose end (delisting, expiry) falls in the span. */
  endedListings: Listing[];
  /** Links whose period starts in the span. */
  addedLinks: Link[];
  /** Links whose period ends in the span. */
  endedLinks: Link[];
  /** Listings of the compared entities with no known date, which no span can place. */
  undatedListings: number;
}

/**
 * The diff a briefing is about: the listings and links that began, and those that ended, between two
 * dates, among the entities and links `allowed` lets through (by id: the view). The dates are put in
 * order if given backwards.
 */
export function changesBetween(
  index: DatasetIndex,
  first: string | null,
  second: string,
  allowed: (id: string) => boolean = () => true,
): DateChanges {
  const [from, to] = first !== null && first > second ? [second, first] : [first, second];
  const changes: DateChanges = {
    from,
    to,
    addedListings: [],
    endedListings: [],
    addedLinks: [],
    endedLinks: [],
    undatedListings: 0,
  };
  for (const listing of index.dataset.listings) {
    if (!allowed(listing.entity)) continue;
    const began = listingFirstDate(index, listing);
    if (began === undefined) changes.undatedListings++;
    else if (isBetween(began, from, to)) changes.addedListings.push(listing);
    const ended = listing.end?.date;
    if (ended !== undefined && isBetween(ended, from, to)) changes.endedListings.push(listing);
  }
  for (const link of index.dataset.links) {
    if (!allowed(link.id)) continue;
    if (link.period?.from !== undefined && isBetween(link.period.from, from, to)) changes.addedLinks.push(link);
    if (link.period?.to !== undefined && isBetween(link.period.to, from, to)) changes.endedLinks.push(link);
  }
  return changes;
}

/**
 * Compare's default span: from the round before the date to the date itself (the "current round"), so
 * stepping `As of` steps the comparison with it. `from` is null when no round comes before.
 */
export function defaultCompareSpan(index: DatasetIndex, asOf: string): { from: string | null; to: string } {
  const earlier = index.roundsByDate.filter((round) => round.date !== undefined && round.date < asOf);
  return { from: earlier.at(-1)?.date ?? null, to: asOf };
}

/** How many things were added and ended: listings and links together, as the status line counts them. */
export function changeCounts(changes: DateChanges): { added: number; ended: number } {
  return {
    added: changes.addedListings.length + changes.addedLinks.length,
    ended: changes.endedListings.length + changes.endedLinks.length,
  };
}
