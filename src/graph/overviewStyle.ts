import { SANCTIONED_RING } from './palette';

/**
 * The overview's clusters and the links drawn between them: a cluster is a disc sized by its member
 * count, numbered with it, its sanctioned share a red slice, ringed when it holds sanctioned entities;
 * links between clusters are straight, arrowless and as thick as they are many (see overviewElements.ts).
 * A number too small to read (under 9 px on screen) is not drawn.
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
        'font-weight': 'bold',
        'min-zoomed-font-size': 9,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '1000000px',
        'text-background-opacity': 0,
        // A halo keeps the number readable over the red slice and the grey disc alike.
        'text-outline-width': 'mapData(fontSize, 0, 1000, 0, 40)',
        'text-outline-color': dark ? '#0f172a' : '#ffffff',
        'background-color': dark ? '#475569' : '#94a3b8',
        'background-opacity': 0.75,
        'pie-size': '100%',
        'pie-1-background-color': SANCTIONED_RING,
        'pie-1-background-size': 'mapData(sanctionedShare, 0, 1, 0, 100)',
        'pie-1-background-opacity': 0.85,
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
