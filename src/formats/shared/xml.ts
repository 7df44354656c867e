/**
 * Escapes text for XML (SVG, GEXF, GraphML) content and attribute values, so names with <, & or quotes
 * stay text. Characters XML 1.0 cannot hold at all (control characters other than tab and line ends,
 * U+FFFE, U+FFFF) become U+FFFD, so strict readers (Gephi, yEd, NetworkX) accept the file.
 */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Text with the characters XML 1.0 forbids replaced by U+FFFD. */
export function xmlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}
