/**
 * Calendar dates as the format writes them, checked without zod: the address bar reads dates before
 * the validator (and zod) have loaded, and the schema builds its `IsoDate` from these same checks.
 */
export const ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a day that exists (`2023-02-29` does not); a year or a month alone always does. */
export function isRealDate(value: string): boolean {
  if (value.length < 10) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** A date the format accepts: `2023-09-25`, `2016-12` or `2008`, and a real day of the calendar. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && isRealDate(value);
}
