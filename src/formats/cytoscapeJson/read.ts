import { isObject } from '../../model/loose';
import { graphDraft, type GraphElement } from '../shared/graphDraft';
import { own } from '../shared/graphReader';
import { emptyDraft, type ImportDraft, type ImportProblem } from '../shared/draft';
import { lineOfJsonError } from '../shared/jsonErrorLine';

/**
 * Cytoscape JSON (.cyjs) as Cytoscape desktop, Cytoscape.js and Supply Lines write it: `elements`
 * with `nodes` and `edges` lists, or one list of elements with a `group`, each with its `data`. A
 * node's name is its `name` (or `label`), an edge's type its `interaction` (or `kind`, `type`,
 * `label`); the network's `data` may hold a Supply Lines dataset record.
 */
export function parseCytoscapeJson(text: string, file: string): ImportDraft {
  const fail = (problem: Omit<ImportProblem, 'file'>) => emptyDraft(file, { file, ...problem });
  const content = text.replace(/^\uFEFF/, '');
  if (!content.trim()) return fail({ code: 'empty-file', message: 'is empty' });
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    return fail({ code: 'not-json', ...lineOfJsonError(content, message), message: `is not valid JSON: ${message}` });
  }
  if (!isObject(document))
    return fail({ code: 'wrong-shape', message: 'is not Cytoscape JSON: it must be a JSON object with "elements"' });
  const problems: ImportProblem[] = [];
  const report = (path: string, message: string) => problems.push({ code: 'bad-record', file, path, message });
  const elements = own(document, 'elements');
  const groups = {
    nodes: [] as Array<{ value: unknown; path: string }>,
    edges: [] as Array<{ value: unknown; path: string }>,
  };
  if (Array.isArray(elements)) {
    // Cytoscape.js: one list, each element saying its group (or, without one, an edge by its source and target).
    elements.forEach((value, i) => {
      const data = isObject(value) ? own(value, 'data') : undefined;
      const group = isObject(value) ? own(value, 'group') : undefined;
      const edge = group === 'edges' || (group !== 'nodes' && isObject(data) && own(data, 'source') !== undefined);
      groups[edge ? 'edges' : 'nodes'].push({ value, path: `elements[${i}]` });
    });
  } else if (isObject(elements)) {
    for (const group of ['nodes', 'edges'] as const) {
      const list = own(elements, group);
      if (list !== undefined && !Array.isArray(list)) report(`elements.${group}`, 'is not a list; it is passed over');
      if (Array.isArray(list))
        list.forEach((value, i) => groups[group].push({ value, path: `elements.${group}[${i}]` }));
    }
  } else {
    return fail({
      code: 'wrong-shape',
      path: 'elements',
      message: 'is not Cytoscape JSON: "elements" must hold the lists "nodes" and "edges", or be a list',
    });
  }
  const element = ({ value, path }: { value: unknown; path: string }): GraphElement[] => {
    const data = isObject(value) ? own(value, 'data') : undefined;
    if (!isObject(data)) {
      report(path, 'has no "data" object; it is left out');
      return [];
    }
    // Names as they are (a key "__proto__" is just a name here), lower case, the first of each kept.
    const attributes = new Map<string, unknown>();
    for (const [key, field] of Object.entries(data))
      if (!attributes.has(key.toLowerCase())) attributes.set(key.toLowerCase(), field);
    return [
      {
        id: own(data, 'id'),
        source: own(data, 'source'),
        target: own(data, 'target'),
        attributes,
        path: `${path}.data`,
      },
    ];
  };
  const network = own(document, 'data');
  return graphDraft(
    {
      nodes: groups.nodes.flatMap(element),
      edges: groups.edges.flatMap(element),
      // Cytoscape names a node by `name`; an edge's name (`A (pp) B`) says nothing of its type, so it is not read.
      // Cytoscape's own network data (name, SUID, ...) is no dataset record: only one with sources or rounds is.
      ...(isObject(network) && (own(network, 'sources') !== undefined || own(network, 'rounds') !== undefined)
        ? { record: { value: network, path: 'data' } }
        : {}),
      nameAttributes: ['name', 'label'],
    },
    file,
    problems,
  );
}
