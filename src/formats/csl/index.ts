import type { DataFormat } from '../types';
import { looksLikeCsl, parseCsl } from './read';

/** The CSL's columns, to look for in the start of a JSON file without parsing it. */
const JSON_KEYS = ['source', 'name', 'federal_register_notice', 'start_date', 'entity_number', 'programs', 'source_list_url', 'source_information_url', 'alt_names'];

/**
 * The US Consolidated Screening List, CSV or JSON: a CSV whose header has its columns, or JSON with a
 * `results` list of its rows. Only the start of a JSON file is looked at, so a large file is not parsed twice.
 */
function isCsl(start: string): boolean {
  if (!start.startsWith('{')) return looksLikeCsl(firstLine(start).split(',').map((h) => h.trim().replace(/^"|"$/g, '')));
  return /"results"\s*:\s*\[/.test(start) && looksLikeCsl(JSON_KEYS.filter((key) => start.includes(`"${key}"`)));
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
}

/** The US Consolidated Screening List (trade.gov), read only: every row with its listing. */
export const csl: DataFormat = {
  id: 'csl',
  label: 'Consolidated Screening List',
  recognise: (_, start) => isCsl(start),
  read: (file, onProgress) => parseCsl(file.text, file.name, onProgress),
};
