import { LINK_KIND_TABLE } from '../../model/linkKinds';
import type { Dataset } from '../../model/types';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  NUMBER_ATTRIBUTES,
  RECORD_ATTRIBUTE,
  datasetRecord,
  edgeAttributes,
  nodeAttributes,
  xmlAttribute as x,
  xmlText,
} from '../shared/graphAttributes';

/**
 * GraphML with every attribute declared as a key (text, but for a link's `share`, a double); lists
 * are joined with "; ". What makes it import back exactly is described in graphAttributes.ts; the
 * dataset record is a graph-level key. Links without a direction (family, associates) are edges with
 * `directed="false"`.
 */
export function toGraphml(dataset: Dataset): string {
  const keys = [
    `  <key id="g_${RECORD_ATTRIBUTE}" for="graph" attr.name="${RECORD_ATTRIBUTE}" attr.type="string"/>`,
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    ...NODE_ATTRIBUTES.map((n) => `  <key id="n_${n}" for="node" attr.name="${n}" attr.type="string"/>`),
    ...EDGE_ATTRIBUTES.map(
      (n) =>
        `  <key id="e_${n}" for="edge" attr.name="${n}" attr.type="${NUMBER_ATTRIBUTES.has(n) ? 'double' : 'string'}"/>`,
    ),
  ];
  const nodes = dataset.entities.map(
    (e) =>
      `    <node id="${x(e.id)}"><data key="label">${xmlText(e.name)}</data>${data('n', nodeAttributes(dataset, e))}</node>`,
  );
  const edges = dataset.links.map(
    (l) =>
      `    <edge id="${x(l.id)}" source="${x(l.source)}" target="${x(l.target)}"${LINK_KIND_TABLE[l.kind].directed ? '' : ' directed="false"'}>${data('e', edgeAttributes(dataset, l))}</edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys.join('\n')}
  <graph id="${x(dataset.title)}" edgedefault="directed">
    <data key="g_${RECORD_ATTRIBUTE}">${xmlText(JSON.stringify(datasetRecord(dataset)))}</data>
${[...nodes, ...edges].join('\n')}
  </graph>
</graphml>
`;
}

function data(prefix: string, record: Record<string, string>): string {
  return Object.entries(record)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `<data key="${prefix}_${key}">${xmlText(value)}</data>`)
    .join('');
}
