import { guardFormula } from './csvFormulaGuard';

/**
 * Writes rows as CSV (RFC 4180: quoted when needed, CRLF line ends). Text that a spreadsheet would
 * run as a formula is prefixed with a quote mark so it stays text (see csvFormulaGuard).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number): string {
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
