/**
 * The line of a JSON syntax error, from the line or the character position the parser's message
 * gives ("at position 454" means little to a person; "line 20" they can find).
 */
export function lineOfJsonError(text: string, message: string): { line?: number } {
  // Only the parser's own words: the message may quote the file, which may say "line 5" itself.
  const line = message.match(/\bline (\d+) column \d+/)?.[1];
  if (line) return { line: Number(line) };
  // Text that stops short is broken where it stops: on its last line with text, not the blank one after.
  const end = text.trimEnd().length;
  const position = message.match(/at position (\d+)/)?.[1];
  if (position) return { line: linesUpTo(text, Math.min(Number(position), end)) };
  return /end of JSON input/.test(message) ? { line: linesUpTo(text, end) } : {};
}

function linesUpTo(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
