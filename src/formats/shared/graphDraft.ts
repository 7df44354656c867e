import type { ImportDraft, ImportProblem } from './draft';
import { own, Reader, recordOf, type GraphElement, type Where } from './graphReader';
import { GraphReading, WHOLE_FILE } from './graphReading';

export type { GraphElement, Where } from './graphReader';

export interface GraphFile {
  nodes: GraphElement[];
  edges: GraphElement[];
  /** The dataset record of a Supply Lines export (JSON text, or the value itself), and where it is. */
  record?: { value: unknown } & Where;
  /** The attributes that may hold a node's name, in order, after its label: `label`, `name` unless said otherwise. */
  nameAttributes?: readonly string[];
}

/**
 * Turns the nodes and edges of a graph file into a draft. Files Supply Lines wrote come back exactly,
 * from the records described in graphAttributes.ts. Files from Gephi, yEd, Cytoscape
 * or NetworkX are read by their ids, labels and the attributes named kind, type, role, country,
 * interaction and so on: values that are not valid give a problem and a default, and records
 * without sources cite the imported file.
 */
export function graphDraft(graph: GraphFile, file: string, problems: ImportProblem[]): ImportDraft {
  const reading = new GraphReading(file, problems);
  const record = graph.record;
  const dataset = record ? recordOf(record.value, record, 'the dataset record', reading.report) : undefined;
  const readers = new Map(
    [...graph.nodes, ...graph.edges].map((element) => [
      element,
      new Reader(element, (message) => reading.report(element, message)),
    ]),
  );
  // First every source and round the file holds: the dataset record's, then those the records carry.
  if (dataset && record)
    for (const name of ['sources', 'rounds'] as const) reading.collect(name, own(dataset, name), record);
  for (const [element, read] of readers)
    for (const name of ['sources', 'rounds'] as const) reading.collect(name, read.structured(name), element);

  // A whole-dataset export has every listing in the dataset record, in order; the nodes' own serve files without it.
  const listings = dataset ? own(dataset, 'listings') : undefined;
  if (listings !== undefined && !Array.isArray(listings) && record)
    reading.report(record, '"listings" is not a list; it is passed over');
  const names = graph.nameAttributes ?? ['label', 'name'];
  graph.nodes.forEach((node) => reading.node(node, readers.get(node)!, names, !Array.isArray(listings)));
  if (Array.isArray(listings) && record) reading.datasetListings(listings, record);
  graph.edges.forEach((edge, index) => reading.edge(edge, readers.get(edge)!, index));
  if (graph.nodes.length === 0) reading.report(WHOLE_FILE, 'has no nodes');
  return reading.finish(file.replace(/\.(gexf|graphml|xml|cyjs|json)$/i, ''), dataset, record);
}
