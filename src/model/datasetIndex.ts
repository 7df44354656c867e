import { nextTask } from '../tasks/nextTask';
import { entityFilingCountries } from './countries';
import type { Dataset, Entity, Link, Listing, Round } from './types';

/** Lookups derived once per dataset, so filters and panels never scan arrays. */
export interface DatasetIndex {
  dataset: Dataset;
  entityById: ReadonlyMap<string, Entity>;
  roundById: ReadonlyMap<string, Round>;
  linkById: ReadonlyMap<string, Link>;
  /** Each entity's listings, oldest first, undated ones last. */
  listingsByEntity: ReadonlyMap<string, readonly Listing[]>;
  /** The date of each entity's first dated listing; absent for entities never listed or listed only undated. */
  firstListedOn: ReadonlyMap<string, string>;
  linksByEntity: ReadonlyMap<string, readonly Link[]>;
  /** Rounds oldest first, undated ones last (ties broken by authority, then id, so the order is stable). */
  roundsByDate: readonly Round[];
  /**
   * The stops of the `As of` control, oldest first: the dates of dated rounds, and of listings that
   * began on a day of their own or ended (so a delisting can be stepped past).
   */
  timelineDates: readonly string[];
  /** Each entity's filing countries (Hong Kong under China): its main one and any other the sources give. */
  countriesByEntity: ReadonlyMap<string, readonly string[]>;
  /** Filing countries with how many entities each holds (an entity counts under each of its countries), by count then code. */
  countryCounts: ReadonlyArray<{ code: string; count: number }>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const steps = indexSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * indexDataset in parts, each in a task of its own, the first after the caller's task: on 100,000
 * entities the whole index was one ~300 ms task.
 */
export async function indexDatasetInSteps(dataset: Dataset): Promise<DatasetIndex> {
  const steps = indexSteps(dataset);
  for (;;) {
    await nextTask();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Items grouped between pauses (on 100,000 entities ~137,000 links and as many listings). */
const ITEMS_PER_STEP = 25_000;

/** The index, pausing (yielding) between parts of ~ITEMS_PER_STEP items. */
function* indexSteps(dataset: Dataset): Generator<void, DatasetIndex> {
  const entityById = new Map(dataset.entities.map((e) => [e.id, e]));
  const roundById = new Map(dataset.rounds.map((r) => [r.id, r]));
  const linkById = new Map(dataset.links.map((l) => [l.id, l]));
  const roundsByDate = [...dataset.rounds].sort(
    (a, b) => compareDates(a.date, b.date) || compareText(a.authority, b.authority) || compareText(a.id, b.id),
  );
  const roundOrder = new Map(roundsByDate.map((r, i) => [r.id, i]));
  yield;

  const listingsByEntity = yield* groupBy(dataset.listings, (l) => [l.entity]);
  const firstListedOn = new Map<string, string>();
  for (const [entityId, listings] of listingsByEntity) {
    const since = (l: Listing) => listingSince(l, roundById);
    listings.sort(
      (a, b) => compareDates(since(a), since(b)) || (roundOrder.get(a.round) ?? 0) - (roundOrder.get(b.round) ?? 0),
    );
    const first = since(listings[0]!);
    if (first !== undefined) firstListedOn.set(entityId, first);
  }
  yield;

  const counts = new Map<string, number>();
  const countriesByEntity = new Map<string, readonly string[]>();
  for (const entity of dataset.entities) {
    const codes = entityFilingCountries(entity);
    countriesByEntity.set(entity.id, codes);
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  yield;
  const linksByEntity = yield* groupBy(dataset.links, (l) => [l.source, l.target]);
  return {
    dataset,
    entityById,
    roundById,
    linkById,
    listingsByEntity,
    firstListedOn,
    linksByEntity,
    roundsByDate,
    countriesByEntity,
    timelineDates: timelineDatesOf(dataset),
    countryCounts: [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || compareCodeUnits(a.code, b.code)),
  };
}

function timelineDatesOf(dataset: Dataset): string[] {
  const dates = new Set<string>();
  for (const round of dataset.rounds) if (round.date) dates.add(round.date);
  for (const listing of dataset.listings) {
    if (listing.date) dates.add(listing.date);
    if (listing.end?.date) dates.add(listing.end.date);
  }
  return [...dates].sort();
}

/** When a listing took effect: its own date, else its round's; undefined when neither is known. */
export function listingSince(listing: Listing, roundById: ReadonlyMap<string, Round>): string | undefined {
  return listing.date ?? roundById.get(listing.round)?.date;
}

/** Orders dates as ISO strings do, with unknown dates after every known one. */
function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareCodeUnits(a, b);
}

/**
 * Orders strings by their code units: ISO dates and codes, where it is the order that matters, not a
 * language's. `localeCompare` would load the browser's collation data (10–45 ms measured in Chromium
 * here) while the first dataset is indexed, before the graph's first frame.
 */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders names (authorities, ids) as `localeCompare` mostly does, without its collation data: case
 * aside first ("Unknown authority" before "US OFAC"), then by code units.
 */
function compareText(a: string, b: string): number {
  return compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b);
}

/** Items by each of their keys, pausing every ITEMS_PER_STEP items. */
function* groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Generator<void, Map<string, T[]>> {
  const groups = new Map<string, T[]>();
  for (let at = 0; at < items.length; at++) {
    if (at > 0 && at % ITEMS_PER_STEP === 0) yield;
    const item = items[at]!;
    const keys = keysOf(item);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      // A key given twice (a link from an entity to itself) groups the item once; no Set per item.
      if (keys.indexOf(key) < i) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
