import { ROLE_GROUPS } from '../graph/palette';
import type { Positions } from '../layout/computeLayout';
import type { DatasetIndex } from '../model/datasetIndex';
import type { NetworkView } from '../filter/filterNetwork';
import { toCsvTables } from './formats/csvTables';
import { toCytoscapeJson } from './formats/cytoscapeJson';
import { toFtmLines } from './formats/ftm';
import { toGexf } from './formats/gexf';
import { toGraphml } from './formats/graphml';
import { toProjectJson } from './formats/projectJson';
import { subsetDataset } from './subset';

export const DATA_FORMATS = ['JSON', 'CSV', 'GEXF', 'GraphML', 'Cytoscape JSON', 'FollowTheMoney'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export type DataScope = 'view' | 'dataset';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The files one data export makes: the current view or the whole dataset, in one format. */
export function exportData(index: DatasetIndex, view: NetworkView, positions: Positions, format: DataFormat, scope: DataScope, today: string): ExportFile[] {
  const dataset =
    scope === 'dataset'
      ? index.dataset
      : subsetDataset(index.dataset, new Set([...view.shownEntities, ...view.contextEntities]), new Set([...view.shownLinks, ...view.contextLinks]));
  const base = `supply-lines-${scope === 'view' ? 'view' : 'dataset'}`;
  switch (format) {
    case 'JSON':
      return [{ name: `${base}.json`, type: 'application/json', text: toProjectJson(dataset) }];
    case 'CSV': {
      const tables = toCsvTables(dataset);
      return [
        { name: `${base}-entities.csv`, type: 'text/csv;charset=utf-8', text: tables.entities },
        { name: `${base}-links.csv`, type: 'text/csv;charset=utf-8', text: tables.links },
      ];
    }
    case 'GEXF':
      return [{ name: `${base}.gexf`, type: 'application/xml', text: toGexf(dataset, positions, (id) => roleColour(index, id), today) }];
    case 'GraphML':
      return [{ name: `${base}.graphml`, type: 'application/xml', text: toGraphml(dataset) }];
    case 'Cytoscape JSON':
      return [{ name: `${base}.cyjs`, type: 'application/json', text: toCytoscapeJson(dataset, positions) }];
    case 'FollowTheMoney':
      return [{ name: `${base}.ftm.json`, type: 'application/x-ndjson', text: toFtmLines(dataset) }];
  }
}

function roleColour(index: DatasetIndex, entityId: string): string {
  const role = index.entityById.get(entityId)?.role;
  return ROLE_GROUPS.find((group) => (group.roles as readonly string[]).includes(role ?? ''))?.colour ?? '#6b7280';
}
