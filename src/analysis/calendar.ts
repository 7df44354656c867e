/**
 * Day arithmetic on the dataset's dates, which are as precise as their sources: `2023-09-25`,
 * `2016-12` or `2008`. A date known only to the month or year counts from its first day, as
 * `listingState` reads it.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a date's first day. */
function dayNumber(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/**
 * The last day before `date` begins: `2023-09-25` → `2023-09-24`, `2016-12` → `2016-11-30`. Used to
 * read the network on the eve of a round, which `As of` (stopping only at round dates) cannot.
 */
export function dayBefore(date: string): string {
  return new Date((dayNumber(date) - 1) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether `date` falls in the half-open span after `from` up to and including `to` (`from` null: no lower bound). */
export function isBetween(date: string, from: string | null, to: string): boolean {
  return (from === null || date > from) && date <= to;
}

/**
 * Whether a relation with this period held on `asOf` (`null`: today). A period's start counts from its
 * first day and its end through its last day, so a link ending `2017-08` still holds on 2017-08-20.
 */
export function periodHolds(period: { from?: string; to?: string } | undefined, asOf: string | null): boolean {
  if (!period) return true;
  if (asOf === null) return period.to === undefined;
  if (period.from !== undefined && period.from > asOf) return false;
  return period.to === undefined || period.to >= asOf || asOf.startsWith(period.to);
}
