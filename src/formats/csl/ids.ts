import type { Loose } from '../../model/loose';
import { isKnownCountry } from '../../model/countries';
import { cellItems, cellObjects, cellText } from './cells';

/** The `ids` cell of a row, sorted into what it holds: identifiers, and facts about the party or its listing. */
export interface CslIds {
  identifiers: Array<{ type: string; value: string; country?: string }>;
  /** Facts about the party that are no identifier ("Gender: Male"), and identifiers' issue and expiry dates. */
  entityNotes: string[];
  /** Sanctions terms OFAC packs into ids ("Secondary sanctions risk: …", directive determinations). */
  listingNotes: string[];
}

/** A country the ids name, as written; the caller resolves it and reports one it cannot. */
type CountryOf = (written: string) => string | undefined;

/**
 * OFAC packs more than identifiers into `ids`. What goes where, by the type as the list writes it
 * (the first table that matches wins; anything else is an identifier, so nothing is lost either way).
 */
const NOT_IDENTIFIERS: ReadonlyArray<{ type: RegExp; goes: 'listing' | 'entity' }> = [
  {
    type: /sanctions risk|sanctions information|directive determination|transactions prohibited|^effective date|^listing date|caatsa|ifca determination/i,
    goes: 'listing',
  },
  {
    type: /^(gender|organization type|organization established date|vessel year of build|former vessel flag|other vessel flag|other vessel type|aircraft model|aircraft operator|aircraft manufacture date|target type|nationality of registration)$/i,
    goes: 'entity',
  },
];

/** How a CSV file packs an id: "Passport, 836238033, KP" (today) or "KP, 836238033, Passport" (files of 2019 and before). */
export type PackedOrder = 'type-first' | 'type-last';

const parts = (item: string) => item.split(/\s*,\s*/).filter(Boolean);
const isCode = (text: string) => /^[A-Z]{2}$/.test(text) && isKnownCountry(text);
const isLabel = (text: string) => /[:-]$/.test(text);
const hasDigit = (text: string) => /\d/.test(text);

/**
 * Which way round a file packs its ids, by vote over every item: a label ending in ":" or "-", a
 * country code beside the number, and digits (numbers have them, type names mostly not) each say
 * which end the type is at. A file with no telling item is read the way today's files are.
 */
export function packedOrder(items: readonly string[]): PackedOrder {
  let vote = 0;
  for (const item of items) {
    const p = parts(item);
    if (p.length < 2) continue;
    const [first, last] = [p[0]!, p.at(-1)!];
    if (isLabel(first)) vote++;
    if (isLabel(last)) vote--;
    if (p.length >= 3 && isCode(last)) vote++;
    if (p.length >= 3 && isCode(first)) vote--;
    if (hasDigit(last) && !hasDigit(first)) vote++;
    if (hasDigit(first) && !hasDigit(last)) vote--;
  }
  return vote < 0 ? 'type-last' : 'type-first';
}

/** One packed CSV item read into its type, value and country code (if one is packed with it). */
export function unpackId(item: string, order: PackedOrder): { type: string; value: string; country?: string } {
  const p = parts(item);
  if (p.length < 2) return { type: 'Identifier', value: item.trim() };
  let type: string;
  let rest: string[];
  let country: string | undefined;
  if (order === 'type-first') {
    [type, ...rest] = p as [string, ...string[]];
    if (rest.length >= 2 && isCode(rest.at(-1)!)) country = rest.pop();
  } else {
    type = p.at(-1)!;
    rest = p.slice(0, -1);
    if (rest.length >= 2 && isCode(rest[0]!)) country = rest.shift();
  }
  return {
    type: type.replace(/\s*[:-]+$/, '').trim() || type,
    value: rest.join(', '),
    ...(country ? { country } : {}),
  };
}

/** The `ids` of a row: the CSV's packed text or the JSON's objects `{type, number, country, issue_date, expiration_date}`. */
export function readCslIds(row: Loose, order: PackedOrder, countryOf: CountryOf): CslIds {
  const ids: CslIds = { identifiers: [], entityNotes: [], listingNotes: [] };
  const read = cellObjects(row, 'ids').map((o) => {
    const written = cellText(o, 'country');
    const country = written ? countryOf(written) : undefined;
    // What an identifier has no place for (its dates, a country that is no code) stays in the notes.
    const dates = [
      cellText(o, 'issue_date') && `issued ${cellText(o, 'issue_date')}`,
      cellText(o, 'expiration_date') && `expires ${cellText(o, 'expiration_date')}`,
      written && !country ? `country ${written}` : '',
    ].filter(Boolean);
    return {
      type: cellText(o, 'type').replace(/\s*[:-]+$/, '') || 'Identifier',
      value: cellText(o, 'number'),
      country,
      dates,
    };
  });
  const packed = Array.isArray(row.ids)
    ? []
    : cellItems(row, 'ids').map((item) => ({ ...unpackId(item, order), dates: [] as string[] }));
  for (const { type, value, country, dates } of [...read, ...packed]) {
    const goes = NOT_IDENTIFIERS.find((rule) => rule.type.test(type))?.goes;
    const fact = value ? `${type}: ${value}` : type;
    if (goes === 'listing') ids.listingNotes.push(fact);
    else if (goes === 'entity' || !value) ids.entityNotes.push(fact);
    else ids.identifiers.push({ type, value, ...(country ? { country } : {}) });
    if (dates.length > 0) ids.entityNotes.push(`${type} ${value}: ${dates.join(', ')}`);
  }
  return ids;
}
