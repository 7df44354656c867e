import { isObject, type Loose } from '../../model/loose';
import { readCsvRows } from '../shared/csvRows';
import type { ImportProblem } from '../shared/draft';
import { lineOfJsonError } from '../shared/jsonErrorLine';

/** Where a row sits in its file: its line in a CSV, its place in the JSON `results` list. */
export type RowPlace = { line: number } | { path: string };

export interface CslRow {
  row: Loose;
  at: RowPlace;
}

/**
 * The rows of a Consolidated Screening List file, CSV or the JSON `{results: [...]}` that trade.gov's
 * bulk file and search API return. A JSON entry that is not an object, or a file that is not JSON,
 * is named in the problems; everything else is a row.
 */
export function readCslRows(
  content: string,
  file: string,
  onProgress: (fraction: number) => void,
): { rows: CslRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: CslRow[] = [];
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    let results: unknown;
    try {
      results = (JSON.parse(text) as Loose).results;
    } catch (error) {
      const message = (error as Error).message;
      problems.push({
        code: 'not-json',
        file,
        ...lineOfJsonError(text, message),
        message: `is not valid JSON: ${message}`,
      });
      return { rows, problems };
    }
    if (!Array.isArray(results))
      problems.push({ code: 'wrong-shape', file, message: 'has no "results" list, as the CSL JSON has' });
    else {
      results.forEach((row, i) => {
        if (isObject(row)) rows.push({ row, at: { path: `results[${i}]` } });
        else
          problems.push({
            code: 'bad-record',
            file,
            path: `results[${i}]`,
            message: "is not a row (an object with the list's columns); left out",
          });
      });
    }
    return { rows, problems };
  }
  const { headers, rows: csvRows, errors } = readCsvRows(trimmed, onProgress);
  for (const error of errors) problems.push({ code: 'csv-syntax', file, line: error.line, message: error.message });
  for (const { cells, line } of csvRows) {
    // No prototype: a column named "__proto__" stays a plain key.
    const row: Loose = Object.create(null);
    headers.forEach((header, i) => (row[header] = cells[i] ?? ''));
    rows.push({ row, at: { line } });
  }
  return { rows, problems };
}
