import { authoritiesInDataset, authoritiesListing } from '../../analysis/authorities';
import { authorityLags, lagCell } from '../../analysis/authorityLag';
import { CONFIDENCE_LINES } from '../../graph/palette';
import { LINK_KIND_PHRASES, shareText } from '../../graph/labels';
import type { NetworkView } from '../../filter/filterNetwork';
import { countryLabel } from '../../model/countries';
import type { DatasetIndex } from '../../model/datasetIndex';
import { DATE_UNKNOWN } from '../../model/rounds';

export interface TableData {
  columns: string[];
  /** One row per element: its id (to select it) and its cells, in column order. */
  rows: Array<{ id: string; cells: string[] }>;
}

/** The date an entity was first listed: its first dated listing, `date unknown` when listed on no known date, else empty. */
function firstListedText(index: DatasetIndex, id: string): string {
  return index.firstListedOn.get(id) ?? (index.listingsByEntity.has(id) ? DATE_UNKNOWN : '');
}

/**
 * The entities the graph shows: name, country, role, who lists them as of the date, first listing, and
 * the lag: how many days the slowest authority listed it after the first (`483 days (EU)`).
 */
export function entityRows(index: DatasetIndex, view: NetworkView, asOf: string | null): TableData {
  const ids = [...view.shownEntities, ...view.contextEntities];
  const authorities = authoritiesInDataset(index);
  return {
    columns: ['Name', 'Country', 'Role', 'Listed by', 'First listed', 'Lag'],
    rows: ids.map((id) => {
      const entity = index.entityById.get(id)!;
      return {
        id,
        cells: [
          entity.name,
          countryLabel(entity.country),
          entity.role,
          authoritiesListing(index, id, asOf).join('; '),
          firstListedText(index, id),
          lagCell(authorityLags(index, id, authorities)),
        ],
      };
    }),
  };
}

/** The links the graph shows: from, to, kind, items, confidence. */
export function linkRows(index: DatasetIndex, view: NetworkView): TableData {
  const ids = [...view.shownLinks, ...view.contextLinks];
  return {
    columns: ['From', 'To', 'Kind', 'Items', 'Confidence'],
    rows: ids.map((id) => {
      const link = index.linkById.get(id)!;
      return {
        id,
        cells: [
          index.entityById.get(link.source)!.name,
          index.entityById.get(link.target)!.name,
          link.share === undefined
            ? LINK_KIND_PHRASES[link.kind]
            : `${LINK_KIND_PHRASES[link.kind]} ${shareText(link.share)}`,
          link.items.join('; '),
          CONFIDENCE_LINES[link.confidence].label,
        ],
      };
    }),
  };
}

/** Rows whose cells contain every word of `filter` (case-insensitive), sorted by a column. */
export function filterAndSort(
  data: TableData,
  filter: string,
  sortColumn: number,
  descending: boolean,
): TableData['rows'] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = data.rows.filter((row) => {
    const text = row.cells.join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  kept.sort((a, b) => collator.compare(a.cells[sortColumn] ?? '', b.cells[sortColumn] ?? '') * (descending ? -1 : 1));
  return kept;
}
