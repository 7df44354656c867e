import type { Dataset } from '../../model/types';
import { toCsv } from '../shared/csv';
import { addressesText, countriesText, identifiersText, shareText } from '../shared/factsText';
import { RECORD_ATTRIBUTE, edgeRecord, nodeRecord } from '../shared/graphAttributes';
import { listingsText, sourcesText } from '../shared/sourcesText';

/**
 * Two tables in the Gephi/Kumu convention: entities (`Id`, `Label`, …) and links (`Source`, `Target`,
 * `Type`, …), with countries, identifiers, listings and sources as text cells, so they open in a
 * spreadsheet or import to Gephi. The last two columns, `source_ids` and `supply_lines` (the record
 * the graph formats carry: lists as lists, countries with their meaning, addresses, listings with
 * their rounds, sources in full), let the tables import back exactly.
 */
export function toCsvTables(dataset: Dataset): { entities: string; links: string } {
  const entities = toCsv(
    [
      'Id',
      'Label',
      'Aliases',
      'Kind',
      'Role',
      'Country',
      'Countries',
      'City',
      'Addresses',
      'Identifiers',
      'Listings',
      'Notes',
      'Uncertain',
      'Sources',
      'source_ids',
      RECORD_ATTRIBUTE,
    ],
    dataset.entities.map((e) => [
      e.id,
      e.name,
      e.aliases.join('; '),
      e.kind,
      e.role,
      e.country,
      countriesText(e.countries),
      e.city ?? '',
      addressesText(e.addresses),
      identifiersText(e.identifiers),
      listingsText(dataset, e.id),
      e.notes ?? '',
      e.uncertain ?? '',
      sourcesText(dataset, e.sources),
      e.sources.join('; '),
      JSON.stringify(nodeRecord(dataset, e)),
    ]),
  );
  const links = toCsv(
    [
      'Id',
      'Source',
      'Target',
      'Type',
      'Items',
      'Share',
      'Role',
      'Period from',
      'Period to',
      'Confidence',
      'Notes',
      'Uncertain',
      'Sources',
      'source_ids',
      RECORD_ATTRIBUTE,
    ],
    dataset.links.map((l) => [
      l.id,
      l.source,
      l.target,
      l.kind,
      l.items.join('; '),
      shareText(l.share),
      l.role ?? '',
      l.period?.from ?? '',
      l.period?.to ?? '',
      l.confidence,
      l.notes ?? '',
      l.uncertain ?? '',
      sourcesText(dataset, l.sources),
      l.sources.join('; '),
      JSON.stringify(edgeRecord(dataset, l)),
    ]),
  );
  return { entities, links };
}
