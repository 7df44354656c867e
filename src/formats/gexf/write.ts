import type { Positions } from '../../layout/computeLayout';
import { LINK_KIND_TABLE } from '../../model/linkKinds';
import type { Dataset } from '../../model/types';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  NUMBER_ATTRIBUTES,
  RECORD_ATTRIBUTE,
  RECORD_NAMESPACE,
  datasetRecord,
  edgeAttributes,
  nodeAttributes,
  xmlAttribute as x,
  xmlText,
} from '../shared/graphAttributes';

/**
 * GEXF 1.3 for Gephi: attributes declared, with each node's position and colour (viz). What makes it
 * import back exactly is described in graphAttributes.ts; the dataset record sits in `<meta>`.
 * Links without a direction (family, associates) are edges of type "undirected".
 */
export function toGexf(
  dataset: Dataset,
  positions: Positions,
  colourOf: (entityId: string) => string,
  today: string,
): string {
  const nodes = dataset.entities.map((entity) => {
    const { r, g, b } = rgb(colourOf(entity.id));
    const position = positions[entity.id];
    return [
      `      <node id="${x(entity.id)}" label="${x(entity.name)}">`,
      `<attvalues>${values(nodeAttributes(dataset, entity))}</attvalues>`,
      `<viz:color r="${r}" g="${g}" b="${b}"/>`,
      position ? `<viz:position x="${position.x}" y="${-position.y}" z="0"/>` : '',
      `</node>`,
    ].join('');
  });
  const edges = dataset.links.map(
    (link) =>
      `      <edge id="${x(link.id)}" source="${x(link.source)}" target="${x(link.target)}"${LINK_KIND_TABLE[link.kind].directed ? '' : ' type="undirected"'} label="${x(link.kind)}"><attvalues>${values(edgeAttributes(dataset, link))}</attvalues></edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="${today}"><creator>Supply Lines</creator><description>${xmlText(dataset.title)}</description>
    <${RECORD_ATTRIBUTE} xmlns="${RECORD_NAMESPACE}">${xmlText(JSON.stringify(datasetRecord(dataset)))}</${RECORD_ATTRIBUTE}>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
${declare(NODE_ATTRIBUTES)}
    </attributes>
    <attributes class="edge">
${declare(EDGE_ATTRIBUTES)}
    </attributes>
    <nodes>
${nodes.join('\n')}
    </nodes>
    <edges>
${edges.join('\n')}
    </edges>
  </graph>
</gexf>
`;
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

function declare(names: readonly string[]): string {
  return names
    .map((n) => `      <attribute id="${n}" title="${n}" type="${NUMBER_ATTRIBUTES.has(n) ? 'double' : 'string'}"/>`)
    .join('\n');
}

function values(record: Record<string, string>): string {
  return Object.entries(record)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `<attvalue for="${key}" value="${x(value)}"/>`)
    .join('');
}
