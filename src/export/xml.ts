/** Escapes text for XML (SVG, GEXF, GraphML) content and attribute values, so names with <, & or quotes stay text. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
