import type { DataFormat } from '../types';
import { xmlRootName } from '../xmlRoot';
import { parseGexf } from './read';
import { toGexf } from './write';

/** GEXF 1.3, Gephi's format: positions and colours kept, and the full records for a round trip. */
export const gexf: DataFormat = {
  id: 'gexf',
  label: 'GEXF',
  recognise: (_, start) => xmlRootName(start) === 'gexf',
  extensions: ['gexf'],
  read: (file) => parseGexf(file.text, file.name),
  write: (dataset, { base, positions, colourOf, today }) => [
    { name: `${base}.gexf`, type: 'application/xml', text: toGexf(dataset, positions, colourOf, today) },
  ],
};
