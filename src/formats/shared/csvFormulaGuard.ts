/**
 * Cells a spreadsheet would run as a formula, after OWASP's CSV-injection advice: starting with
 * = + - @, a tab, a carriage return or a line feed; or with = + - @ after leading white space, or in
 * their full-width forms (＝ ＋ － ＠), which spreadsheets also accept. Quote marks already in front
 * count as part of the start, so text written as `'=x` gets one more and reads back as it was.
 */
const FORMULA_START = /^'*(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The text as a CSV cell that stays text: prefixed with a quote mark when it could start a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text `guardFormula` (or a careful spreadsheet user) wrote as `'=…`, as it was. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
