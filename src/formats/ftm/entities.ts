import { IDENTIFIER_PROPERTIES, isMarker, MARKERS, readCountriesMarker, unescapeNote } from './vocabulary';
import { isKnownCountry, UNKNOWN_COUNTRY } from '../../model/countries';
import type { Loose } from '../../model/loose';
import { COUNTRY_MEANINGS, ROLES } from '../../model/schema';
import type { EntityKind } from '../../model/types';
import type { AttachedAddress, FtmAttachments } from './attachments';
import type { FtmCountries } from './countries';
import { texts, type FtmRecord } from './records';
import type { FtmSources } from './sources';

/**
 * The FtM schemata drawn as entities. Other things FtM describes (a Security, a BankAccount, RealEstate,
 * a plain Vehicle, a Position) are property, accounts or posts, not parties: Supply Lines draws the
 * parties sanctions name and the vessels and aircraft they name, so those are counted, not drawn.
 */
const KIND_OF_SCHEMA = new Map<string, EntityKind>([
  ['Person', 'person'],
  ['Company', 'company'],
  ['Organization', 'organisation'],
  ['LegalEntity', 'company'],
  ['PublicBody', 'agency'],
  ['Vessel', 'vessel'],
  ['Airplane', 'aircraft'],
]);

export interface EntityContext {
  sources: FtmSources;
  countries: FtmCountries;
  attachments: FtmAttachments;
}

/** The kind of entity a record is drawn as, or undefined when it is not drawn as one. */
export function entityKindOf(record: FtmRecord, own: boolean): EntityKind | undefined {
  const kind = KIND_OF_SCHEMA.get(record.schema);
  const marked = own
    ? texts(record, 'notes')
        .find((n) => n.startsWith(MARKERS.kind))
        ?.slice(MARKERS.kind.length)
    : undefined;
  return kind === 'organisation' && marked === 'programme' ? 'programme' : kind;
}

/**
 * A Supply Lines entity from an FtM record: named by its caption (the name OpenSanctions shows), every
 * other name an alias; its countries with what each means, its addresses and identifiers, including
 * those of the Address, Identification and Passport entities that belong to it.
 */
export function ftmEntity(record: FtmRecord, kind: EntityKind, context: EntityContext): Loose {
  const own = context.sources.isOwn(record);
  const noteLines = texts(record, 'notes');
  const marked = (marker: string) =>
    own ? noteLines.find((n) => n.startsWith(marker))?.slice(marker.length) : undefined;
  const names = [...new Set(texts(record, 'name', 'alias', 'weakAlias', 'previousName'))];
  const fullName = texts(record, 'firstName', 'lastName').slice(0, 2).join(' ');
  const name = record.caption?.trim() || names[0] || fullName || record.id;
  const attached = context.attachments.addressesOf(record, context.countries);
  // Exports of format version 1 wrote the city as the one `address`; version 2 writes a City marker and Address entities.
  const version1City =
    own && attached.length === 0 && !noteLines.some((n) => n.startsWith(MARKERS.city))
      ? texts(record, 'address')[0]
      : undefined;
  const city = marked(MARKERS.city) ?? version1City ?? attached.find((a) => a.city)?.city;
  const roleNote = marked(MARKERS.role);
  const uncertain = marked(MARKERS.uncertain);
  const notes = own
    ? noteLines
        .filter((n) => !isMarker(n))
        .map(unescapeNote)
        .join(' ')
    : [...noteLines, ...texts(record, 'position').map((p) => `Position: ${p}`)].join(' ');
  const addresses = addressesOf(record, attached, city);
  const identifiers = own
    ? context.attachments.identifiersOf(record.id, context.countries)
    : identifiersOf(record, context);
  return {
    id: record.id,
    name,
    aliases: names.filter((n) => n !== name),
    kind,
    role: roleNote && (ROLES as readonly string[]).includes(roleNote) ? roleNote : 'other',
    ...(own ? ownCountriesOf(record, noteLines) : countriesOf(record, attached, context.countries)),
    ...(city ? { city } : {}),
    ...(addresses.length > 0 ? { addresses } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    ...(notes ? { notes } : {}),
    ...(uncertain ? { uncertain } : {}),
    sources: context.sources.citedBy(record),
  };
}

/**
 * The countries of an entity Supply Lines exported: as its countries marker gives them, else its first
 * `country` (the export writes the main one first) and no others. (Its identifiers likewise come from
 * its Identification entities alone, which keep their order.)
 */
function ownCountriesOf(record: FtmRecord, noteLines: readonly string[]): { country: string; countries?: Loose[] } {
  const marked = noteLines.map(readCountriesMarker).find(Boolean);
  if (marked) {
    const countries = marked.countries.filter(
      (c) => isKnownCountry(c.code) && (COUNTRY_MEANINGS as readonly string[]).includes(c.as),
    );
    return { country: isKnownCountry(marked.country) ? marked.country : UNKNOWN_COUNTRY, countries };
  }
  const first = texts(record, 'country')[0]?.toUpperCase();
  return { country: first && isKnownCountry(first) ? first : UNKNOWN_COUNTRY };
}

type Meaning = 'registration' | 'operations' | 'nationality' | 'citizenship' | 'address' | 'other';
const COUNTRY_PROPERTIES: ReadonlyArray<[string, Meaning]> = [
  ['jurisdiction', 'registration'],
  ['flag', 'registration'],
  ['mainCountry', 'operations'],
  ['nationality', 'nationality'],
  ['citizenship', 'citizenship'],
];
/** Which country is the main one: the first of these the record has (addresses last). */
const MAIN_COUNTRY_ORDER = ['jurisdiction', 'mainCountry', 'country', 'nationality', 'citizenship', 'flag'];

/**
 * The main country and every country with its meaning. A bare `country` that is the main one, or that
 * another property gives a meaning, is not repeated as "other"; so an entity whose only country is its
 * main one, with no meaning, has no `countries` list.
 */
function countriesOf(
  record: FtmRecord,
  attached: readonly AttachedAddress[],
  reader: FtmCountries,
): { country: string; countries?: Loose[] } {
  const read = new Map<string, string[]>();
  const codes = (property: string) => {
    let found = read.get(property);
    if (!found)
      read.set(
        property,
        (found = texts(record, property)
          .map((v) => reader.code(v, record.line))
          .filter((c) => c !== undefined)),
      );
    return found;
  };
  const pairs: Array<[string, Meaning]> = [
    ...COUNTRY_PROPERTIES.flatMap(([property, meaning]) =>
      codes(property).map((code): [string, Meaning] => [code, meaning]),
    ),
    ...attached.flatMap((a): Array<[string, Meaning]> => (a.country ? [[a.country, 'address']] : [])),
    ...codes('country').map((code): [string, Meaning] => [code, 'other']),
  ];
  const main =
    MAIN_COUNTRY_ORDER.map((p) => codes(p)[0]).find(Boolean) ??
    attached.find((a) => a.country)?.country ??
    UNKNOWN_COUNTRY;
  const meant = new Set([main, ...pairs.filter(([, as]) => as !== 'other').map(([code]) => code)]);
  const seen = new Set<string>();
  const countries = pairs.filter(([code, as]) => {
    const key = `${code} ${as}`;
    if (seen.has(key) || (as === 'other' && meant.has(code))) return false;
    seen.add(key);
    return true;
  });
  return {
    country: main,
    ...(countries.length > 0 ? { countries: countries.map(([code, as]) => ({ code, as })) } : {}),
  };
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s,.]+/g, ' ')
    .trim();

/** The Address entities' addresses, then the `address` texts that do not repeat one of them or the city. */
function addressesOf(record: FtmRecord, attached: readonly AttachedAddress[], city: string | undefined): Loose[] {
  const covered = new Set([...attached.flatMap((a) => a.spellings), ...(city ? [city] : [])].map(normalise));
  const addresses: Loose[] = [];
  for (const address of attached.flatMap((a) => (a.address ? [a.address] : []))) {
    const key = normalise(String(address.text));
    if (addresses.some((a) => normalise(String(a.text)) === key)) continue;
    addresses.push(address);
    covered.add(key);
  }
  for (const text of texts(record, 'address')) {
    if (covered.has(normalise(text))) continue;
    covered.add(normalise(text));
    addresses.push({ text });
  }
  return addresses;
}

/** Identifier properties (one entry per number: INN before tax number before ID number), then Identification entities. */
function identifiersOf(record: FtmRecord, context: EntityContext): Loose[] {
  const identifiers: Loose[] = [];
  const values = new Set<string>();
  for (const { property, type } of IDENTIFIER_PROPERTIES) {
    for (const value of texts(record, property)) {
      if (values.has(value)) continue;
      values.add(value);
      identifiers.push({ type, value });
    }
  }
  for (const identifier of context.attachments.identifiersOf(record.id, context.countries)) {
    if (
      !identifiers.some(
        (i) => i.type === identifier.type && i.value === identifier.value && i.country === identifier.country,
      )
    )
      identifiers.push(identifier);
  }
  return identifiers;
}
