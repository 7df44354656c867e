import type { Dataset, Entity, Link, Listing, Round, Source } from '../../model/types';
import { escapeXml, xmlChars } from './xml';
import { exportIndex } from './exportIndex';
import { addressesText, countriesText, identifiersText, shareText } from './factsText';
import { listingsText, sourcesText } from './sourcesText';

/**
 * What the graph formats (GEXF, GraphML, Cytoscape JSON) carry, so that they say the same and import
 * back exactly.
 *
 * Each node and edge has readable attributes for Gephi, yEd and Cytoscape (kind, role, country,
 * listings and sources as text, ...), plus `source_ids` and a record of what text cannot hold exactly
 * (`supply_lines`): the lists as lists, an entity's listings with their rounds, and every source any
 * of it cites, in full. So sources travel with every record: a node or edge cut out of the file, or a
 * file Gephi wrote again from its own tables, still imports with its sources and listings. Beside
 * them, the dataset record (title, description, opening view, and all sources, rounds and listings,
 * in order, including rounds no one is listed in) makes a whole-dataset export import back as it was.
 * GraphML holds it in a graph-level key, Cytoscape JSON in the network's `data`, and GEXF, which has
 * no graph attributes, in a `<supply_lines>` element of its own namespace inside `<meta>`, which
 * Gephi passes over.
 *
 * Version 2's facts have readable attributes too (`countries`, `identifiers`, a link's `share` and
 * `role`), with the exact lists in the record; the formats also say what they can say themselves:
 * `share` is a number, and a family or associate link is an undirected edge.
 */
export const NODE_ATTRIBUTES = [
  'kind',
  'role',
  'country',
  'countries',
  'city',
  'addresses',
  'identifiers',
  'aliases',
  'listings',
  'notes',
  'uncertain',
  'sources',
  'source_ids',
  'supply_lines',
] as const;
export const EDGE_ATTRIBUTES = [
  'kind',
  'items',
  'share',
  'role',
  'from',
  'to',
  'confidence',
  'notes',
  'uncertain',
  'sources',
  'source_ids',
  'supply_lines',
] as const;
/** Attributes that are not text, so Gephi and yEd can size, filter and rank by them. */
export const NUMBER_ATTRIBUTES: ReadonlySet<string> = new Set(['share']);
/** The name of the record attribute of nodes and edges, and of the dataset record. */
export const RECORD_ATTRIBUTE = 'supply_lines';
/** The XML namespace of GEXF's dataset record element. */
export const RECORD_NAMESPACE = 'urn:supply-lines';

/**
 * A listing as an entity carries it: the listing without its entity, and its round's authority, list
 * and date (`round_date`) for reading. `date` is the listing's own. (Before version 2 `date` was the
 * round's, and there was no `round_date`; the importers tell the two apart by that.)
 */
export type ListingEntry = Omit<Listing, 'entity' | 'sources'> &
  Pick<Round, 'authority' | 'list'> & { round_date?: string; source_ids: string[] };
export interface NodeRecord {
  aliases: string[];
  countries?: Entity['countries'];
  addresses?: Entity['addresses'];
  identifiers?: Entity['identifiers'];
  listings: ListingEntry[];
  rounds: Round[];
  sources: Source[];
}
export interface EdgeRecord {
  items: string[];
  quotes?: Link['quotes'];
  sources: Source[];
}
export type DatasetRecord = Pick<Dataset, 'title' | 'description' | 'view' | 'sources' | 'rounds' | 'listings'>;

export function nodeRecord(dataset: Dataset, entity: Entity): NodeRecord {
  const { listingsByEntity, roundById, roundOrder } = exportIndex(dataset);
  const listings = listingsByEntity.get(entity.id) ?? [];
  const rounds = [...new Set(listings.map((l) => l.round))]
    .map((id) => roundById.get(id))
    .filter((r) => r !== undefined);
  rounds.sort((a, b) => roundOrder.get(a.id)! - roundOrder.get(b.id)!);
  const entries = listings.flatMap((whole): ListingEntry[] => {
    const { entity: _entity, sources, round: roundId, ...listing } = whole;
    const round = roundById.get(roundId);
    return round
      ? [
          {
            round: roundId,
            authority: round.authority,
            list: round.list,
            ...(round.date ? { round_date: round.date } : {}),
            ...listing,
            source_ids: sources,
          },
        ]
      : [];
  });
  const { countries, addresses, identifiers } = entity;
  return {
    aliases: entity.aliases,
    ...(countries ? { countries } : {}),
    ...(addresses ? { addresses } : {}),
    ...(identifiers ? { identifiers } : {}),
    listings: entries,
    rounds,
    sources: cited(dataset, [
      entity,
      ...listings,
      ...listings.map((l) => ({ sources: l.end?.sources ?? [] })),
      ...rounds,
    ]),
  };
}

export function edgeRecord(dataset: Dataset, link: Link): EdgeRecord {
  return { items: link.items, ...(link.quotes ? { quotes: link.quotes } : {}), sources: cited(dataset, [link]) };
}

export function datasetRecord(dataset: Dataset): DatasetRecord {
  const { title, description, view, sources, rounds, listings } = dataset;
  return { title, ...(description ? { description } : {}), ...(view ? { view } : {}), sources, rounds, listings };
}

/** The sources the records cite, in the dataset's order. */
function cited(dataset: Dataset, records: ReadonlyArray<{ sources: readonly string[] }>): Source[] {
  const { sourceById, sourceOrder } = exportIndex(dataset);
  const ids = [...new Set(records.flatMap((r) => r.sources))].filter((id) => sourceById.has(id));
  return ids.sort((a, b) => sourceOrder.get(a)! - sourceOrder.get(b)!).map((id) => sourceById.get(id)!);
}

export function nodeAttributes(dataset: Dataset, entity: Entity): Record<(typeof NODE_ATTRIBUTES)[number], string> {
  return {
    kind: entity.kind,
    role: entity.role,
    country: entity.country,
    countries: countriesText(entity.countries),
    city: entity.city ?? '',
    addresses: addressesText(entity.addresses),
    identifiers: identifiersText(entity.identifiers),
    aliases: entity.aliases.join('; '),
    listings: listingsText(dataset, entity.id),
    notes: entity.notes ?? '',
    uncertain: entity.uncertain ?? '',
    sources: sourcesText(dataset, entity.sources),
    source_ids: entity.sources.join('; '),
    supply_lines: JSON.stringify(nodeRecord(dataset, entity)),
  };
}

export function edgeAttributes(dataset: Dataset, link: Link): Record<(typeof EDGE_ATTRIBUTES)[number], string> {
  return {
    kind: link.kind,
    items: link.items.join('; '),
    share: shareText(link.share),
    role: link.role ?? '',
    from: link.period?.from ?? '',
    to: link.period?.to ?? '',
    confidence: link.confidence,
    notes: link.notes ?? '',
    uncertain: link.uncertain ?? '',
    sources: sourcesText(dataset, link.sources),
    source_ids: link.sources.join('; '),
    supply_lines: JSON.stringify(edgeRecord(dataset, link)),
  };
}

/**
 * Text escaped for an XML attribute value, with line breaks and tabs as character references: a
 * reader turns raw ones into spaces, and notes must come back as written.
 */
export function xmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text escaped for an XML element: quotes stay as they are (JSON reads as JSON), carriage returns, which a reader turns into line feeds, become references. */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/[<>&\r]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '\r': '&#13;' })[c]!);
}
