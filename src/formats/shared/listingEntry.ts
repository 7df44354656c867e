import { isObject, type Loose } from '../../model/loose';

/** The fields of a listing of its own, beside the entity, round and sources every listing has. */
const OWN_FIELDS = ['date', 'listedOn', 'programme', 'citation', 'end', 'reason', 'notes', 'uncertain'] as const;

/**
 * A listing's own fields, from a listing of a Supply Lines dataset record or from an entry an entity
 * carries (formats/shared/graphAttributes.ts: `ListingEntry`). An entry's `authority`, `list` and
 * `round_date` repeat its round for the reader and are not the listing's. An entry written before
 * version 2 has no `round_date` and a `date` that is its round's: that date is not the listing's own.
 * (Written since, an entry without `round_date` has an undated round, so its `date` cannot be the round's.)
 * `citeEnd` says which of the sources an end cites the file has.
 */
export function listingFields(
  listing: Loose,
  options: { entry: boolean; roundDate: unknown; citeEnd: (ids: unknown) => string[] },
): Loose {
  const fields: Loose = {};
  for (const name of OWN_FIELDS)
    if (Object.hasOwn(listing, name) && listing[name] !== undefined) fields[name] = listing[name];
  if (
    options.entry &&
    !Object.hasOwn(listing, 'round_date') &&
    fields.date !== undefined &&
    fields.date === options.roundDate
  )
    delete fields.date;
  const end = fields.end;
  if (isObject(end) && Object.hasOwn(end, 'sources')) {
    const { sources, ...rest } = end;
    const cited = options.citeEnd(sources);
    // An end whose every source is missing keeps its status and date, on the listing's sources.
    fields.end =
      cited.length === 0 && Array.isArray(sources) && sources.length > 0 ? rest : { ...rest, sources: cited };
  }
  return fields;
}
