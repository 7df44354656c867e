import type { Positions } from '../../layout/computeLayout';
import type { Dataset } from '../../model/types';
import { datasetRecord, edgeRecord, nodeRecord } from '../shared/graphAttributes';

/**
 * Cytoscape JSON (.cyjs) as Cytoscape desktop opens it: `elements.nodes` and `elements.edges` with
 * `data` (lists kept as arrays; `source_ids`, and the record that makes the file import back exactly,
 * described in graphAttributes.ts: listings, their rounds and the full sources; countries, addresses
 * and identifiers as lists of objects) and node positions; an edge's `share` is a number.
 * The network's `data` holds the dataset record: title, description, view, all sources and rounds.
 */
export function toCytoscapeJson(dataset: Dataset, positions: Positions): string {
  const document = {
    format_version: '1.0',
    generated_by: 'Supply Lines',
    target_cytoscapejs_version: '~3.34',
    data: { name: dataset.title, ...datasetRecord(dataset) },
    elements: {
      nodes: dataset.entities.map((e) => ({
        data: {
          id: e.id,
          name: e.name,
          label: e.name,
          kind: e.kind,
          role: e.role,
          country: e.country,
          city: e.city,
          notes: e.notes,
          uncertain: e.uncertain,
          source_ids: e.sources,
          ...nodeRecord(dataset, e),
        },
        position: positions[e.id] ?? { x: 0, y: 0 },
      })),
      edges: dataset.links.map((l) => ({
        data: {
          id: l.id,
          source: l.source,
          target: l.target,
          interaction: l.kind,
          kind: l.kind,
          share: l.share,
          role: l.role,
          period: l.period,
          confidence: l.confidence,
          notes: l.notes,
          uncertain: l.uncertain,
          source_ids: l.sources,
          ...edgeRecord(dataset, l),
        },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
