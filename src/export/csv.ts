/**
 * Writes rows as CSV (RFC 4180: quoted when needed, CRLF line ends). A cell that a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with a quote mark so
 * it stays text.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number): string {
  let text = String(value);
  // Text already starting with quote marks before such a character gets one more, so the import's strip restores it.
  if (typeof value === 'string' && /^'*[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
