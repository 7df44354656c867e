import { FORMAT_NAME, FORMAT_VERSION } from '../../model/schema';
import type { Dataset } from '../../model/types';

/** The project's own format, current version, readable (two-space indent). */
export function toProjectJson(dataset: Dataset): string {
  const { $schema: _schema, ...rest } = dataset;
  return `${JSON.stringify({ ...rest, format: FORMAT_NAME, version: FORMAT_VERSION }, null, 2)}\n`;
}
