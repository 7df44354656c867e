/** The local name of an XML text's first element, after the declaration, comments and a DOCTYPE. */
export function xmlRootName(start: string): string | undefined {
  if (!start.startsWith('<')) return undefined;
  const withoutComments = start.replace(/<!--[\s\S]*?(-->|$)/g, '');
  return withoutComments.match(/<(?![?!])(?:[\w.-]+:)?([\w.-]+)/)?.[1];
}
