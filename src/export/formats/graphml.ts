import type { Dataset } from '../../model/types';
import { escapeXml as x } from '../xml';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeAttributes, nodeAttributes } from './graphAttributes';

/** GraphML with every attribute declared as a string key; lists are joined with "; ". */
export function toGraphml(dataset: Dataset): string {
  const keys = [
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    ...NODE_ATTRIBUTES.map((n) => `  <key id="n_${n}" for="node" attr.name="${n}" attr.type="string"/>`),
    ...EDGE_ATTRIBUTES.map((n) => `  <key id="e_${n}" for="edge" attr.name="${n}" attr.type="string"/>`),
  ];
  const nodes = dataset.entities.map(
    (e) => `    <node id="${x(e.id)}"><data key="label">${x(e.name)}</data>${data('n', nodeAttributes(dataset, e))}</node>`,
  );
  const edges = dataset.links.map(
    (l) => `    <edge id="${x(l.id)}" source="${x(l.source)}" target="${x(l.target)}">${data('e', edgeAttributes(dataset, l))}</edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys.join('\n')}
  <graph id="${x(dataset.title)}" edgedefault="directed">
${[...nodes, ...edges].join('\n')}
  </graph>
</graphml>
`;
}

function data(prefix: string, record: Record<string, string>): string {
  return Object.entries(record)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `<data key="${prefix}_${key}">${x(value)}</data>`)
    .join('');
}
