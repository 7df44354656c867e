/** A record read from a file before validation: any keys, values not yet known. */
export type Loose = Record<string, unknown>;

/** A plain JSON object (not null, not a list). */
export function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
