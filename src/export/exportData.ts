import { ROLE_GROUPS } from '../graph/palette';
import type { Positions } from '../layout/computeLayout';
import type { DatasetIndex } from '../model/datasetIndex';
import type { NetworkView } from '../filter/filterNetwork';
import { EXPORT_FORMATS } from '../formats/registry';
import type { DataFormat, ExportFile } from '../formats/types';
import { subsetDataset } from './subset';

/** The Export menu's data formats, by the names users know them by: JSON, CSV, GEXF, … */
export const DATA_FORMATS: readonly string[] = EXPORT_FORMATS.map((format) => format.label);
export type DataScope = 'view' | 'dataset';
export type { ExportFile };

/** The files one data export makes: the current view or the whole dataset, in one format. */
export function exportData(
  index: DatasetIndex,
  view: NetworkView,
  positions: Positions,
  format: string,
  scope: DataScope,
  today: string,
): ExportFile[] {
  const dataset =
    scope === 'dataset'
      ? index.dataset
      : subsetDataset(
          index.dataset,
          new Set([...view.shownEntities, ...view.contextEntities]),
          new Set([...view.shownLinks, ...view.contextLinks]),
        );
  const base = `supply-lines-${scope === 'view' ? 'view' : 'dataset'}`;
  return exportFormat(format).write!(dataset, { base, positions, colourOf: (id) => roleColour(index, id), today });
}

function exportFormat(label: string): DataFormat {
  const format = EXPORT_FORMATS.find((f) => f.label === label);
  if (!format) throw new Error(`exportData: no export format "${label}"`);
  return format;
}

function roleColour(index: DatasetIndex, entityId: string): string {
  const role = index.entityById.get(entityId)?.role;
  return ROLE_GROUPS.find((group) => (group.roles as readonly string[]).includes(role ?? ''))?.colour ?? '#6b7280';
}
