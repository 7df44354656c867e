import { RECORD_ATTRIBUTE } from '../shared/graphAttributes';
import { MAX_COLUMNS } from '../shared/csvMapping';
import { graphDraft, type GraphElement } from '../shared/graphDraft';
import { emptyDraft, type ImportDraft } from '../shared/draft';
import { childrenNamed, readXmlRoot, type XmlElement } from '../shared/readXml';
import { formatCount } from '../../model/formatCount';

/**
 * GEXF (1.1 to 1.3), as Gephi, NetworkX and Supply Lines write it: nodes with their labels, edges,
 * and the attribute values by their declared titles; `<meta>` may hold a Supply Lines dataset record.
 * Nested nodes (GEXF hierarchies) are read as nodes too; positions, colours and dynamics are not.
 * An edge's `type` (or the graph's `defaultedgetype`) says whether it has a direction.
 */
export function parseGexf(text: string, file: string): ImportDraft {
  const { root, problems } = readXmlRoot(text, file, 'gexf', 'GEXF');
  if (!root) return { ...emptyDraft(file, problems[0]!), problems };
  const graph = childrenNamed(root, 'graph')[0];
  const titles = { node: declaredTitles(graph, 'node'), edge: declaredTitles(graph, 'edge') };
  const declared = titles.node.byId.size + titles.edge.byId.size;
  if (declared > MAX_COLUMNS)
    return emptyDraft(file, {
      code: 'over-limit',
      file,
      message: `declares ${formatCount(declared)} attributes; a file this app reads declares at most ${MAX_COLUMNS}`,
    });
  const record = childrenNamed(childrenNamed(root, 'meta')[0], RECORD_ATTRIBUTE)[0];
  const defaultEdgeType = graph?.attributes.get('defaultedgetype') ?? 'directed';
  const element = (kind: 'node' | 'edge', xml: XmlElement, index: number): GraphElement => {
    const id = xml.attributes.get('id');
    const attributes = new Map<string, unknown>(titles[kind].defaults);
    for (const value of childrenNamed(childrenNamed(xml, 'attvalues')[0], 'attvalue')) {
      const key = value.attributes.get('for') ?? value.attributes.get('id');
      const title = key === undefined ? undefined : (titles[kind].byId.get(key) ?? key.toLowerCase());
      if (title !== undefined && value.attributes.has('value')) attributes.set(title, value.attributes.get('value'));
    }
    // GEXF's own `kind` of an edge (parallel edges of different kinds) names its type when no attribute does.
    if (kind === 'edge' && !attributes.has('kind') && xml.attributes.has('kind'))
      attributes.set('kind', xml.attributes.get('kind'));
    const path = id === undefined ? `${kind} ${index + 1}` : `${kind} "${id}"`;
    const direction =
      kind === 'edge' ? { directed: (xml.attributes.get('type') ?? defaultEdgeType) !== 'undirected' } : {};
    return {
      id,
      label: xml.attributes.get('label'),
      source: xml.attributes.get('source'),
      target: xml.attributes.get('target'),
      ...direction,
      attributes,
      line: xml.line,
      path,
    };
  };
  return graphDraft(
    {
      nodes: nodesOf(graph).map((xml, i) => element('node', xml, i)),
      edges: childrenNamed(graph, 'edges')
        .flatMap((edges) => childrenNamed(edges, 'edge'))
        .map((xml, i) => element('edge', xml, i)),
      ...(record ? { record: { value: record.text, line: record.line, path: `<meta> <${RECORD_ATTRIBUTE}>` } } : {}),
    },
    file,
    problems,
  );
}

/** The node or edge attributes a graph declares: title (lower case) by id, and default values. */
function declaredTitles(
  graph: XmlElement | undefined,
  kind: 'node' | 'edge',
): { byId: Map<string, string>; defaults: Map<string, string> } {
  const byId = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const attributes of childrenNamed(graph, 'attributes').filter(
    (a) => (a.attributes.get('class') ?? 'node') === kind,
  )) {
    for (const attribute of childrenNamed(attributes, 'attribute')) {
      const id = attribute.attributes.get('id');
      const title = (attribute.attributes.get('title') ?? id)?.toLowerCase();
      if (id === undefined || title === undefined) continue;
      byId.set(id, title);
      const fallback = childrenNamed(attribute, 'default')[0];
      if (fallback) defaults.set(title, fallback.text);
    }
  }
  return { byId, defaults };
}

/** The nodes of a graph and the nodes nested in them, in the file's order. */
function nodesOf(parent: XmlElement | undefined): XmlElement[] {
  return childrenNamed(parent, 'nodes')
    .flatMap((nodes) => childrenNamed(nodes, 'node'))
    .flatMap((node) => [node, ...nodesOf(node)]);
}
