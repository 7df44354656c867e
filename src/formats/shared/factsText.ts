import { DATE_UNKNOWN } from '../../model/rounds';
import type { Entity, Link, Listing, Round } from '../../model/types';

/**
 * The facts version 2 added to entities and links, as the text a spreadsheet cell or a Gephi/yEd
 * attribute shows. import/factsFromText.ts reads the same text back (for a file edited in another
 * tool, or written by one); the record beside it keeps what text cannot (an address's city).
 */

/** `RU (registration); CN (address)`. */
export function countriesText(countries: Entity['countries']): string {
  return (countries ?? []).map((c) => `${c.code} (${c.as})`).join('; ');
}

/** The addresses as written, one after another: `8 Nathan Road, Kowloon; 12 Lenina St, Moscow`. */
export function addressesText(addresses: Entity['addresses']): string {
  return (addresses ?? []).map((a) => a.text).join('; ');
}

/** `INN: 7701234567 (RU); IMO: 9123456`. */
export function identifiersText(identifiers: Entity['identifiers']): string {
  return (identifiers ?? []).map((i) => `${i.type}: ${i.value}${i.country ? ` (${i.country})` : ''}`).join('; ');
}

/** A share in percent as digits (`51`, `33.5`); a number written this way reads back as the same number. */
export function shareText(share: Link['share']): string {
  return share === undefined ? '' : String(share);
}

/**
 * One listing in a line: when it took effect (its own date, else its round's, else "date unknown"),
 * who and which list, and how it ended: `2023-09-25 US BIS Entity List (delisted 2024-03-01)`.
 */
export function listingLine(listing: Listing, round: Round): string {
  const end = listing.end ? ` (${[listing.end.status, listing.end.date].filter(Boolean).join(' ')})` : '';
  return `${listing.date ?? round.date ?? DATE_UNKNOWN} ${round.authority} ${round.list}${end}`;
}
