import type { Dataset } from '../../model/types';
import { toCsv } from '../csv';
import { listingsText, sourcesText } from './sourcesText';

/**
 * Two tables in the Gephi/Kumu convention: entities (`Id`, `Label`, …) and links (`Source`, `Target`,
 * `Type`, …), with listings and sources as text cells, so they open in a spreadsheet or import to Gephi.
 */
export function toCsvTables(dataset: Dataset): { entities: string; links: string } {
  const entities = toCsv(
    ['Id', 'Label', 'Aliases', 'Kind', 'Role', 'Country', 'City', 'Listings', 'Notes', 'Uncertain', 'Sources'],
    dataset.entities.map((e) => [
      e.id,
      e.name,
      e.aliases.join('; '),
      e.kind,
      e.role,
      e.country,
      e.city ?? '',
      listingsText(dataset, e.id),
      e.notes ?? '',
      e.uncertain ?? '',
      sourcesText(dataset, e.sources),
    ]),
  );
  const links = toCsv(
    ['Id', 'Source', 'Target', 'Type', 'Items', 'From', 'To', 'Confidence', 'Notes', 'Uncertain', 'Sources'],
    dataset.links.map((l) => [
      l.id,
      l.source,
      l.target,
      l.kind,
      l.items.join('; '),
      l.period?.from ?? '',
      l.period?.to ?? '',
      l.confidence,
      l.notes ?? '',
      l.uncertain ?? '',
      sourcesText(dataset, l.sources),
    ]),
  );
  return { entities, links };
}
