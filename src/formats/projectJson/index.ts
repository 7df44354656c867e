import type { DataFormat } from '../types';
import { parseProjectJson } from './read';
import { toProjectJson } from './write';

/**
 * The project's own format (data/README.md), every published version. Any other JSON object reaches
 * its reader last, which says why it is not a Supply Lines dataset.
 */
export const projectJson: DataFormat = {
  id: 'project-json',
  label: 'JSON',
  recognise: (_, start) => start.startsWith('{'),
  extensions: ['json'],
  read: (file) => parseProjectJson(file.text, file.name),
  write: (dataset, { base }) => [{ name: `${base}.json`, type: 'application/json', text: toProjectJson(dataset) }],
};
