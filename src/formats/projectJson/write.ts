import { FORMAT_NAME, FORMAT_VERSION } from '../../model/format';
import type { Dataset } from '../../model/types';

/** The project's own format, current version (written first, where a reader looks), readable (two-space indent). */
export function toProjectJson(dataset: Dataset): string {
  const { $schema: _schema, format: _format, version: _version, ...rest } = dataset;
  return `${JSON.stringify({ format: FORMAT_NAME, version: FORMAT_VERSION, ...rest }, null, 2)}\n`;
}
