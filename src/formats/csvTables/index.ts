import type { DataFormat } from '../types';
import { toCsvTables } from './write';

/**
 * Entities and links tables in the Gephi and Kumu conventions. They come as several files and may need
 * the mapping step, so the import pipeline reads them itself (see draftFromTexts); the registry knows
 * them by extension and writes them.
 */
export const csvTables: DataFormat = {
  id: 'csv',
  label: 'CSV',
  extensions: ['csv', 'tsv', 'txt'],
  write: (dataset, { base }) => {
    const tables = toCsvTables(dataset);
    return [
      { name: `${base}-entities.csv`, type: 'text/csv;charset=utf-8', text: tables.entities },
      { name: `${base}-links.csv`, type: 'text/csv;charset=utf-8', text: tables.links },
    ];
  },
};
