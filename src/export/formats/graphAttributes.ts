import type { Dataset, Entity, Link, Listing, Round, Source } from '../../model/types';
import { escapeXml, xmlChars } from '../xml';
import { exportIndex } from './exportIndex';
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
 */
export const NODE_ATTRIBUTES = ['kind', 'role', 'country', 'city', 'aliases', 'listings', 'notes', 'uncertain', 'sources', 'source_ids', 'supply_lines'] as const;
export const EDGE_ATTRIBUTES = ['kind', 'items', 'from', 'to', 'confidence', 'notes', 'uncertain', 'sources', 'source_ids', 'supply_lines'] as const;
/** The name of the record attribute of nodes and edges, and of the dataset record. */
export const RECORD_ATTRIBUTE = 'supply_lines';
/** The XML namespace of GEXF's dataset record element. */
export const RECORD_NAMESPACE = 'urn:supply-lines';

/** A listing as an entity carries it: the listing without its entity, and its round's name for reading. */
export type ListingEntry = Omit<Listing, 'entity' | 'sources'> & Pick<Round, 'authority' | 'list' | 'date'> & { source_ids: string[] };
export interface NodeRecord {
  aliases: string[];
  listings: ListingEntry[];
  rounds: Round[];
  sources: Source[];
}
export interface EdgeRecord {
  items: string[];
  sources: Source[];
}
export type DatasetRecord = Pick<Dataset, 'title' | 'description' | 'view' | 'sources' | 'rounds' | 'listings'>;

export function nodeRecord(dataset: Dataset, entity: Entity): NodeRecord {
  const { listingsByEntity, roundById, roundOrder } = exportIndex(dataset);
  const listings = listingsByEntity.get(entity.id) ?? [];
  const rounds = [...new Set(listings.map((l) => l.round))].map((id) => roundById.get(id)).filter((r) => r !== undefined);
  rounds.sort((a, b) => roundOrder.get(a.id)! - roundOrder.get(b.id)!);
  const entries = listings.flatMap((whole) => {
    const { entity: _entity, sources, ...listing } = whole;
    const round = roundById.get(listing.round);
    return round ? [{ ...listing, authority: round.authority, list: round.list, date: round.date, source_ids: sources }] : [];
  });
  return { aliases: entity.aliases, listings: entries, rounds, sources: cited(dataset, [entity, ...listings, ...rounds]) };
}

export function edgeRecord(dataset: Dataset, link: Link): EdgeRecord {
  return { items: link.items, sources: cited(dataset, [link]) };
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
    city: entity.city ?? '',
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
