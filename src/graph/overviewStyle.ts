import { SANCTIONED_RING } from './palette';

/**
 * The overview's clusters and the links drawn between them: a cluster is a disc sized by its member
 * count with its counts written across it, ringed when it holds sanctioned entities; links between
 * clusters are straight, arrowless and as thick as they are many (see overviewElements.ts).
 */
export function overviewStyle(dark: boolean) {
  return [
    {
      selector: 'node.cluster',
      style: {
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 'data(fontSize)',
        'text-valign': 'center',
        'text-margin-y': 0,
        // Counts stay on one line each: the node is sized in layout units far beyond any pixel width.
        'text-max-width': '1000000px',
        'text-background-opacity': 0,
        'background-color': dark ? '#475569' : '#94a3b8',
        'background-opacity': 0.75,
        color: dark ? '#f8fafc' : '#0f172a',
        'border-width': 2,
        'border-color': dark ? '#cbd5e1' : '#475569',
      },
    },
    { selector: 'node.cluster-sanctioned', style: { 'border-width': 4, 'border-color': SANCTIONED_RING } },
    {
      selector: 'edge.aggregate',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        'line-style': 'solid',
        width: 'data(width)',
        // Opaque, in a colour between the line and the background: Cytoscape draws translucent
        // edges one by one, several times slower at a thousand of them.
        'line-color': dark ? '#64748b' : '#a3acb9',
      },
    },
  ];
}
