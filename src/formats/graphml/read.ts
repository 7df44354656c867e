import { RECORD_ATTRIBUTE } from '../shared/graphAttributes';
import { MAX_COLUMNS } from '../shared/csvMapping';
import { graphDraft, type GraphElement } from '../shared/graphDraft';
import { emptyDraft, type ImportDraft } from '../shared/draft';
import { childrenNamed, descendantsNamed, readXmlRoot, type XmlElement } from '../shared/readXml';
import { formatCount } from '../../model/formatCount';

interface Key {
  for: string;
  /** The attribute's name (`attr.name`, else the key's id), in lower case. */
  name: string;
  /** yEd's graphics keys, whose data holds the node or edge label. */
  graphics: boolean;
  fallback?: string;
}

/**
 * GraphML as NetworkX, yEd and Supply Lines write it: nodes (nested graphs too, as yEd groups them),
 * edges, and their data by the `attr.name` of its key; a yEd node's or edge's label comes from its
 * graphics. A graph-level `supply_lines` key holds a Supply Lines dataset record. An edge's
 * `directed` (or its graph's `edgedefault`) says whether it has a direction.
 */
export function parseGraphml(text: string, file: string): ImportDraft {
  const { root, problems } = readXmlRoot(text, file, 'graphml', 'GraphML');
  if (!root) return { ...emptyDraft(file, problems[0]!), problems };
  const keys = new Map<string, Key>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.get('id');
    if (id === undefined) continue;
    const fallback = childrenNamed(key, 'default')[0]?.text;
    const graphics = (key.attributes.get('yfiles.type') ?? '').endsWith('graphics');
    keys.set(id, {
      for: key.attributes.get('for') ?? 'all',
      name: (key.attributes.get('attr.name') ?? id).toLowerCase(),
      graphics,
      ...(fallback !== undefined ? { fallback } : {}),
    });
  }
  if (keys.size > MAX_COLUMNS)
    return emptyDraft(file, {
      code: 'over-limit',
      file,
      message: `declares ${formatCount(keys.size)} keys; a file this app reads declares at most ${MAX_COLUMNS}`,
    });
  // Each kind's defaults, worked out once rather than for every node.
  const defaultsOf = (kind: string) =>
    [...keys.values()]
      .filter((key) => (key.for === kind || key.for === 'all') && key.fallback !== undefined)
      .map((key) => [key.name, key.fallback] as const);
  const defaults = { node: defaultsOf('node'), edge: defaultsOf('edge') };
  const graph = childrenNamed(root, 'graph')[0];
  const record = childrenNamed(graph, 'data').find(
    (data) => keys.get(data.attributes.get('key') ?? '')?.name === RECORD_ATTRIBUTE,
  );
  const element = (kind: 'node' | 'edge', xml: XmlElement, index: number): GraphElement => {
    const id = xml.attributes.get('id');
    const attributes = new Map<string, unknown>(defaults[kind]);
    let label: string | undefined;
    for (const data of childrenNamed(xml, 'data')) {
      const keyId = data.attributes.get('key') ?? '';
      const key = keys.get(keyId);
      if (key?.graphics)
        label ??= descendantsNamed(data, kind === 'node' ? 'NodeLabel' : 'EdgeLabel')
          .map((l) => l.text.trim())
          .find(Boolean);
      else attributes.set(key?.name ?? keyId.toLowerCase(), data.text);
    }
    const path = id === undefined ? `${kind} ${index + 1}` : `${kind} "${id}"`;
    const directed = undirectedEdges.has(xml) ? { directed: false } : kind === 'edge' ? { directed: true } : {};
    return {
      id,
      label,
      source: xml.attributes.get('source'),
      target: xml.attributes.get('target'),
      ...directed,
      attributes,
      line: xml.line,
      path,
    };
  };
  const { nodes, edges, hyperedges, undirectedEdges } = elementsOf(graph);
  hyperedges.forEach((xml, i) =>
    problems.push({
      code: 'bad-record',
      file,
      line: xml.line,
      path: `hyperedge ${i + 1}`,
      message: `joins ${childrenNamed(xml, 'endpoint').length} nodes at once; a link joins two entities, so it is passed over`,
    }),
  );
  return graphDraft(
    {
      nodes: nodes.map((xml, i) => element('node', xml, i)),
      edges: edges.map((xml, i) => element('edge', xml, i)),
      ...(record
        ? {
            record: {
              value: record.text,
              line: record.line,
              path: `<graph> <data key="${record.attributes.get('key')}">`,
            },
          }
        : {}),
    },
    file,
    problems,
  );
}

/**
 * The nodes, edges and hyperedges of a graph and of the graphs nested in its nodes, in the file's
 * order; and the edges without a direction: `directed="false"`, or in a graph whose `edgedefault`
 * is undirected and not said otherwise.
 */
function elementsOf(
  graph: XmlElement | undefined,
): Record<'nodes' | 'edges' | 'hyperedges', XmlElement[]> & { undirectedEdges: Set<XmlElement> } {
  const found = {
    nodes: [] as XmlElement[],
    edges: [] as XmlElement[],
    hyperedges: [] as XmlElement[],
    undirectedEdges: new Set<XmlElement>(),
  };
  const undirectedByDefault = graph?.attributes.get('edgedefault') === 'undirected';
  for (const child of graph?.children ?? []) {
    if (child.name === 'edge') found.edges.push(child);
    if (child.name === 'edge' && (child.attributes.get('directed') ?? String(!undirectedByDefault)) === 'false')
      found.undirectedEdges.add(child);
    if (child.name === 'hyperedge') found.hyperedges.push(child);
    if (child.name !== 'node') continue;
    found.nodes.push(child);
    for (const inner of childrenNamed(child, 'graph').map(elementsOf)) {
      found.nodes.push(...inner.nodes);
      found.edges.push(...inner.edges);
      found.hyperedges.push(...inner.hyperedges);
      for (const edge of inner.undirectedEdges) found.undirectedEdges.add(edge);
    }
  }
  return found;
}
