import type { DataFormat } from '../types';
import { looksLikeCsl, parseCsl } from './read';

/** The CSL's columns, to look for in the start of a JSON file without parsing it. */
const JSON_KEYS = [
  'source',
  'name',
  'federal_register_notice',
  'start_date',
  'entity_number',
  'programs',
  'source_list_url',
  'source_information_url',
  'alt_names',
];

/**
 * The US Consolidated Screening List, CSV or JSON: a CSV whose header has its columns, or JSON with a
 * `results` list of its rows. A JSON file is searched, not parsed, so a large file is not parsed twice:
 * the start for the `results` list, and the whole text for a column the start lacks (a first row
 * with a name of megabytes pushes the rest of its columns past the start).
 */
function isCsl(start: string, text: string): boolean {
  if (!start.startsWith('{'))
    return looksLikeCsl(
      firstLine(start)
        .split(',')
        .map((h) => h.trim().replace(/^"|"$/g, '')),
    );
  return (
    /"results"\s*:\s*\[/.test(start) &&
    looksLikeCsl(JSON_KEYS.filter((key) => start.includes(`"${key}"`) || text.includes(`"${key}"`)))
  );
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
}

/** The US Consolidated Screening List (trade.gov), read only: every row with its listing. */
export const csl: DataFormat = {
  id: 'csl',
  label: 'Consolidated Screening List',
  recognise: (file, start) => isCsl(start, file.text),
  read: (file, onProgress) => parseCsl(file.text, file.name, onProgress),
};
