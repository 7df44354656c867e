import Papa from 'papaparse';
import { formatCount } from '../../model/formatCount';

export interface CsvRow {
  cells: string[];
  /** The 1-based line the row starts on, counting quoted line breaks and blank lines before it. */
  line: number;
}

/**
 * Reads CSV text into its header and rows, each row with the line it starts on, so a problem points
 * at the right line even after a cell that spans lines. The delimiter is detected (comma, semicolon,
 * tab); a byte-order mark is dropped; blank lines are skipped.
 */
export function readCsvRows(
  text: string,
  onProgress: (fraction: number) => void = () => {},
): { headers: string[]; rows: CsvRow[]; errors: Array<{ line: number; message: string }> } {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  const errors: Array<{ line: number; message: string }> = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = result.meta.cursor;
      let start = line;
      // Blank lines before the row belong to the stretch Papa read for it: count them first.
      for (let k = cursor; k < end; k++) {
        const c = source.charCodeAt(k);
        if (c === 10) start++;
        else if (c !== 13 && c !== 32 && c !== 9) break;
      }
      for (let k = cursor; k < end; k++) if (source.charCodeAt(k) === 10) line++;
      cursor = end;
      rows.push({ cells: result.data, line: start });
      if (rows.length % 5000 === 0) onProgress(end / source.length);
      // A quote that never closes swallows the rest of the file into one cell: say which lines went.
      const last = source.charCodeAt(end - 1) === 10 ? line - 1 : line;
      for (const error of result.errors) {
        const swallowed =
          error.code === 'MissingQuotes' && last > start
            ? `: a quote opened on this line never closes, so lines ${start} to ${last} are read as one cell of this row`
            : '';
        errors.push({ line: start, message: `${error.message}${swallowed}` });
      }
    },
  });
  const [header, ...data] = rows;
  const headers = (header?.cells ?? []).map((h) => h.trim());
  const kept = errors.filter((e) => e.line !== header?.line || data.length === 0);
  // Cells past the header's columns belong to no column: say so rather than drop what they hold.
  for (const row of data) {
    const { cells } = row;
    if (cells.length <= headers.length || !cells.slice(headers.length).some((cell) => cell.trim())) continue;
    kept.push({
      line: row.line,
      message: `has ${formatCount(cells.length)} cells, more than the ${headers.length} columns of the first line; the cells past them are passed over`,
    });
  }
  return { headers, rows: data, errors: kept.sort((a, b) => a.line - b.line) };
}
