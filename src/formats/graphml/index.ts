import type { DataFormat } from '../types';
import { xmlRootName } from '../xmlRoot';
import { parseGraphml } from './read';
import { toGraphml } from './write';

/** GraphML, as yEd and NetworkX read and write it. */
export const graphml: DataFormat = {
  id: 'graphml',
  label: 'GraphML',
  recognise: (_, start) => xmlRootName(start) === 'graphml',
  extensions: ['graphml'],
  read: (file) => parseGraphml(file.text, file.name),
  write: (dataset, { base }) => [{ name: `${base}.graphml`, type: 'application/xml', text: toGraphml(dataset) }],
};
