export type GraphFormat = 'gexf' | 'graphml' | 'cytoscape-json';

const BY_EXTENSION: Record<string, GraphFormat> = { gexf: 'gexf', graphml: 'graphml', cyjs: 'cytoscape-json' };
/** `"elements"` holding a list, or an object whose first key is `"nodes"` or `"edges"` holding a list. */
const ELEMENTS = /"elements"\s*:\s*(\[|\{\s*"(nodes|edges)"\s*:\s*\[)/;

/**
 * Which graph format a file is in, by its content first: the root element of XML (`<gexf>`,
 * `<graphml>`), or a JSON object with Cytoscape's `elements`. The extension (.gexf, .graphml, .cyjs)
 * decides only when the content does not, so a broken file still reaches its reader, which says
 * what is wrong. Only the start of an XML file is looked at, and JSON is searched, not parsed, so a
 * large file is not read twice.
 */
export function detectGraphFormat(fileName: string, text: string): GraphFormat | null {
  const start = text.slice(0, 65536).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) {
    const root = rootElement(start);
    if (root === 'gexf' || root === 'graphml') return root;
  } else if (start.startsWith('{') && ELEMENTS.test(text)) {
    return 'cytoscape-json';
  }
  const extension = fileName.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension]! : null;
}

/** The local name of the first element, after the declaration, comments and a DOCTYPE. */
function rootElement(xml: string): string | undefined {
  const withoutComments = xml.replace(/<!--[\s\S]*?(-->|$)/g, '');
  return withoutComments.match(/<(?![?!])(?:[\w.-]+:)?([\w.-]+)/)?.[1];
}
