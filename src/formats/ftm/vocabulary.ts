import type { EntityKind, LinkKind } from '../../model/types';

/**
 * What the FollowTheMoney export writes and the FollowTheMoney import reads, in one place, so the two
 * agree: the link schemata and their ends, the identifier properties, and the marker lines the export
 * writes beside a record's own notes for what FtM has no property for.
 */

/** An FtM link schema: the properties that hold its two ends (formats.md §1.3), the kind it becomes and where its role is. */
export interface FtmEdge {
  schema: string;
  source: string;
  target: string;
  kind: LinkKind;
  /** The properties whose values together are the link's role, the first one the one the export writes. */
  roleProperties: readonly string[];
  /** The role a link of this schema has when the file gives none. */
  impliedRole?: string;
}

/**
 * FtM's Employment runs employee → employer ("works for") and Directorship director → organization;
 * Supply Lines' `employs` runs employer → employee and `directs` director → organisation. Succession has
 * no kind of its own: it is an association, with the role "predecessor of".
 */
export const FTM_EDGES: readonly FtmEdge[] = [
  { schema: 'Ownership', source: 'owner', target: 'asset', kind: 'owns', roleProperties: ['role', 'ownershipType'] },
  {
    schema: 'Control',
    source: 'controller',
    target: 'controlled',
    kind: 'controls',
    roleProperties: ['role', 'controlType'],
  },
  { schema: 'Directorship', source: 'director', target: 'organization', kind: 'directs', roleProperties: ['role'] },
  { schema: 'Employment', source: 'employer', target: 'employee', kind: 'employs', roleProperties: ['role'] },
  { schema: 'Membership', source: 'member', target: 'organization', kind: 'member-of', roleProperties: ['role'] },
  { schema: 'Representation', source: 'agent', target: 'client', kind: 'represents', roleProperties: ['role'] },
  { schema: 'Family', source: 'person', target: 'relative', kind: 'family', roleProperties: ['relationship'] },
  {
    schema: 'Associate',
    source: 'person',
    target: 'associate',
    kind: 'associated-with',
    roleProperties: ['relationship'],
  },
  {
    schema: 'Succession',
    source: 'predecessor',
    target: 'successor',
    kind: 'associated-with',
    roleProperties: ['role'],
    impliedRole: 'predecessor of',
  },
  { schema: 'Payment', source: 'payer', target: 'beneficiary', kind: 'pays', roleProperties: ['purpose'] },
  { schema: 'UnknownLink', source: 'subject', target: 'object', kind: 'associated-with', roleProperties: ['role'] },
];

/** Where the export puts a link of each kind. Kinds FtM has no schema for go in an UnknownLink whose first role is the kind. */
export const EXPORT_EDGE: Readonly<Record<LinkKind, string>> = {
  owns: 'Ownership',
  controls: 'Control',
  directs: 'Directorship',
  employs: 'Employment',
  'member-of': 'Membership',
  represents: 'Representation',
  family: 'Family',
  'associated-with': 'Associate',
  pays: 'Payment',
  supplies: 'UnknownLink',
  ships: 'UnknownLink',
  'procures-for': 'UnknownLink',
  'produces-for': 'UnknownLink',
  'part-of': 'UnknownLink',
};

export const FTM_SCHEMA_OF_KIND: Readonly<Record<EntityKind, string>> = {
  company: 'Company',
  person: 'Person',
  agency: 'PublicBody',
  organisation: 'Organization',
  programme: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

type KindGroup = 'legal' | 'organisation' | 'person' | 'vessel' | 'aircraft';
const GROUPS_OF_KIND: Readonly<Record<EntityKind, readonly KindGroup[]>> = {
  company: ['legal', 'organisation'],
  agency: ['legal', 'organisation'],
  organisation: ['legal', 'organisation'],
  programme: ['legal', 'organisation'],
  person: ['legal', 'person'],
  vessel: ['vessel'],
  aircraft: ['aircraft'],
};

/**
 * FtM identifier properties and what an identifier of each is called. The import reads all of them
 * whatever the schema; the export writes one only on the schemata that have it (`on`), beside the
 * `Identification` entity it writes for every identifier.
 */
export const IDENTIFIER_PROPERTIES: ReadonlyArray<{ property: string; type: string; on: readonly KindGroup[] }> = [
  { property: 'innCode', type: 'INN', on: ['legal'] },
  { property: 'ogrnCode', type: 'OGRN', on: ['legal'] },
  { property: 'okpoCode', type: 'OKPO', on: ['legal'] },
  { property: 'kppCode', type: 'KPP', on: [] },
  { property: 'leiCode', type: 'LEI', on: ['legal'] },
  { property: 'dunsCode', type: 'DUNS', on: ['legal'] },
  { property: 'uniqueEntityId', type: 'SAM UEI', on: ['legal'] },
  { property: 'swiftBic', type: 'SWIFT/BIC', on: ['legal'] },
  { property: 'vatCode', type: 'VAT', on: ['legal'] },
  { property: 'imoNumber', type: 'IMO', on: ['organisation', 'vessel'] },
  { property: 'mmsi', type: 'MMSI', on: ['vessel'] },
  { property: 'callSign', type: 'Call sign', on: ['vessel'] },
  { property: 'icaoCode', type: 'ICAO', on: [] },
  { property: 'serialNumber', type: 'Serial number', on: ['aircraft'] },
  { property: 'passportNumber', type: 'Passport', on: ['person'] },
  { property: 'socialSecurityNumber', type: 'Social security number', on: ['person'] },
  { property: 'registrationNumber', type: 'Registration number', on: ['legal', 'vessel', 'aircraft'] },
  { property: 'taxNumber', type: 'Tax number', on: ['legal'] },
  { property: 'licenseNumber', type: 'Licence number', on: ['legal'] },
  { property: 'idNumber', type: 'ID number', on: ['legal'] },
];

/** The property the export writes an identifier of this type in on an entity of this kind, if FtM has one. */
export function identifierProperty(kind: EntityKind, type: string): string | undefined {
  const groups = GROUPS_OF_KIND[kind];
  return IDENTIFIER_PROPERTIES.find((p) => p.type === type && p.on.some((g) => groups.includes(g)))?.property;
}

/**
 * The lines the export writes in `notes` (entities) or `description` (sanctions, links) for what FtM
 * has no property for. The import reads them back only from records the export made (those citing its
 * `source:` Documents as proof), so a real file's notes are never taken for them.
 */
export const MARKERS = {
  role: 'Role: ',
  uncertain: 'Uncertain: ',
  confidence: 'confidence: ',
  kind: 'Kind: ',
  city: 'City: ',
  roundDate: 'Round date: ',
  roundPublished: 'Round published: ',
  roundCitation: 'Round citation: ',
  roundProgramme: 'Round programme: ',
  endReason: 'End reason: ',
  endSources: 'End sources: ',
  /** A share on a link FtM has no `percentage` for (it has one on Ownership only). */
  share: 'Share: ',
  /** The main country and every country with its meaning, in order: `Countries: RU; RU registration, HK address`. */
  countries: 'Countries: ',
  /** A passage of a source that states a link: `Quote from src-1: …`. */
  quote: 'Quote from ',
} as const;
/** A round value the listing overrides, where the round has none. */
export const NONE = 'none';

const NOTE_MARKER = new RegExp(`^(Note: |${Object.values(MARKERS).join('|')})`);

/** The countries marker's text for an entity's main country and its countries with their meanings. */
export function countriesMarker(country: string, countries: ReadonlyArray<{ code: string; as: string }>): string {
  return `${MARKERS.countries}${country}; ${countries.map((c) => `${c.code} ${c.as}`).join(', ')}`;
}

/** A countries marker read back: the main country and the countries, or undefined if it is not one. */
export function readCountriesMarker(
  text: string,
): { country: string; countries: Array<{ code: string; as: string }> } | undefined {
  // `Countries: RU;` (trimmed) is an empty list.
  const match = text.slice(MARKERS.countries.length).match(/^([A-Z]{2});\s?(.*)$/);
  if (!text.startsWith(MARKERS.countries) || !match) return undefined;
  const countries = match[2]
    ? match[2]
        .split(', ')
        .map((pair) => pair.split(' '))
        .filter((pair) => pair.length === 2)
        .map(([code, as]) => ({ code: code!, as: as! }))
    : [];
  return { country: match[1]!, countries };
}

/** Notes that begin like a marker (or like this escape) get `Note: ` in front, which the import removes. */
export function escapeNote(text: string | undefined): string | undefined {
  return text && NOTE_MARKER.test(text) ? `Note: ${text}` : text;
}

/** A note the export escaped (see escapeNote), as written. */
export function unescapeNote(text: string): string {
  return text.startsWith('Note: ') ? text.slice(6) : text;
}

/** Whether a note line is one of the export's markers rather than the user's own words. */
export function isMarker(text: string): boolean {
  return Object.values(MARKERS).some((marker) => text.startsWith(marker));
}

/** A source's Document id: prefixed, so it cannot be an entity's id too. */
export function documentId(sourceId: string): string {
  return `${DOCUMENT_PREFIX}${sourceId}`;
}
export const DOCUMENT_PREFIX = 'source:';

/** FtM properties with their empty values dropped, and properties left with none. */
export function cleanProperties(
  properties: Record<string, ReadonlyArray<string | undefined | false | 0>>,
): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(properties)) {
    const present = values.filter((value): value is string => typeof value === 'string' && value !== '');
    if (present.length > 0) kept[key] = present;
  }
  return kept;
}
