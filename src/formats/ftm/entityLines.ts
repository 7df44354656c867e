import { UNKNOWN_COUNTRY } from '../../model/countries';
import type { Entity, EntityKind } from '../../model/types';
import {
  cleanProperties as clean,
  countriesMarker,
  escapeNote,
  FTM_SCHEMA_OF_KIND,
  identifierProperty,
  MARKERS,
} from './vocabulary';

/** What a record cites, as FtM properties: its sources' URLs and publishers, and their Documents as proof. */
export type Cite = (ids: readonly string[]) => { sourceUrl: string[]; publisher: string[]; proof: string[] };

export interface FtmEntity {
  id: string;
  caption?: string;
  schema: string;
  properties: Record<string, string[]>;
}

type Meaning = NonNullable<Entity['countries']>[number]['as'];
const LEGAL: ReadonlySet<EntityKind> = new Set(['company', 'person', 'agency', 'organisation', 'programme']);

/**
 * The FtM property a country of this meaning goes in on an entity of this kind. Where the schema has
 * none (a company's nationality, an aircraft's registration) it goes in `country`, and comes back with
 * no meaning ("other").
 */
function countryProperty(kind: EntityKind, meaning: Meaning): string {
  if (meaning === 'registration') return kind === 'vessel' ? 'flag' : LEGAL.has(kind) ? 'jurisdiction' : 'country';
  if (meaning === 'operations') return LEGAL.has(kind) ? 'mainCountry' : 'country';
  if (meaning === 'nationality' || meaning === 'citizenship') return kind === 'person' ? meaning : 'country';
  return 'country';
}

/**
 * An entity and the records that belong to it: an Address entity per address (and one holding only a
 * country, for an address country no address gives) and an Identification (or Passport) entity per
 * identifier.
 */
export function ftmEntityLines(e: Entity, listed: boolean, cite: Cite): { entity: FtmEntity; attached: FtmEntity[] } {
  const properties: Record<string, Array<string | undefined>> = {
    name: [e.name],
    alias: e.aliases,
    country: [e.country === UNKNOWN_COUNTRY ? undefined : e.country.toLowerCase()],
  };
  const add = (property: string, value: string | undefined) => {
    const values = (properties[property] ??= []);
    if (value !== undefined && !values.includes(value)) values.push(value);
  };
  const addresses = e.addresses ?? [];
  const addressCountries = new Set(addresses.map((a) => a.country));
  for (const { code, as } of e.countries ?? [])
    if (as !== 'address' || !addressCountries.has(code))
      add(as === 'address' ? 'addressCountry' : countryProperty(e.kind, as), code.toLowerCase());

  const attached: FtmEntity[] = [];
  const addressRecord = (fields: { text?: string; city?: string; country?: string }) => {
    const id = `${e.id}--address-${attached.length + 1}`;
    attached.push({
      id,
      ...(fields.text ? { caption: fields.text } : {}),
      schema: 'Address',
      properties: clean({ full: [fields.text], city: [fields.city], country: [fields.country?.toLowerCase()] }),
    });
    add('addressEntity', id);
  };
  for (const address of addresses) {
    addressRecord(address);
    add('address', address.text);
  }
  for (const code of properties.addressCountry ?? []) addressRecord({ country: code });
  delete properties.addressCountry;
  add('address', e.city);

  // Each identifier is an Identification (or Passport) entity, which keeps its type, country and
  // order; FtM's own property for the type, where the schema has one, repeats it for tools that read only those.
  for (const identifier of e.identifiers ?? []) {
    const property = identifier.country ? undefined : identifierProperty(e.kind, identifier.type);
    if (property) add(property, identifier.value);
    attached.push({
      id: `${e.id}--identifier-${attached.length + 1}`,
      schema: identifier.type === 'Passport' ? 'Passport' : 'Identification',
      properties: clean({
        holder: [e.id],
        number: [identifier.value],
        type: [identifier.type],
        country: [identifier.country?.toLowerCase()],
      }),
    });
  }
  const entity: FtmEntity = {
    id: e.id,
    caption: e.name,
    schema: FTM_SCHEMA_OF_KIND[e.kind],
    properties: clean({
      ...properties,
      notes: [
        escapeNote(e.notes),
        e.uncertain && `${MARKERS.uncertain}${e.uncertain}`,
        `${MARKERS.role}${e.role}`,
        e.kind === 'programme' ? `${MARKERS.kind}programme` : undefined,
        e.city && `${MARKERS.city}${e.city}`,
        // FtM spreads countries over properties by meaning and gives no main one; this keeps them as they are.
        e.countries ? countriesMarker(e.country, e.countries) : undefined,
      ],
      topics: [listed ? 'sanction' : undefined],
      ...cite(e.sources),
    }),
  };
  return { entity, attached };
}
