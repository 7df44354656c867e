import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { composeSvg, exportFrame, type ExportMeta } from './composeSvg';

cytoscape.use(cytoscapeSvg);

/** The on-screen view as a vector SVG with title, legend and source line; names stay text. */
export function exportSvg(cy: Core, meta: ExportMeta): Blob {
  const graph = cy.svg({ full: false, scale: 1, bg: '#ffffff' });
  return new Blob([composeSvg(meta, cy.width(), cy.height(), { svg: graph })], { type: 'image/svg+xml' });
}

/**
 * The on-screen view as a PNG `scale` times the screen size, with title, legend and source line. The
 * graph's picture is taken before anything is awaited, so a style set around the call (light for
 * documents) is the one drawn.
 */
export async function exportPng(cy: Core, meta: ExportMeta, scale: number): Promise<Blob> {
  const graphPicture = cy.png({ output: 'blob', full: false, scale, bg: '#ffffff' });
  const frame = exportFrame(cy.width(), cy.height(), meta);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const context = canvas.getContext('2d')!;
  // The frame (texts, legend) is vector, drawn at the target scale; the graph is Cytoscape's own
  // raster at the same scale, drawn into the frame's empty graph area.
  const frameImage = await loadImage(
    URL.createObjectURL(new Blob([composeSvg(meta, cy.width(), cy.height(), null)], { type: 'image/svg+xml' })),
  );
  context.drawImage(frameImage, 0, 0, canvas.width, canvas.height);
  const graph = await createImageBitmap(graphPicture);
  context.drawImage(
    graph,
    Math.round(frame.graph.x * scale),
    Math.round(frame.graph.y * scale),
    Math.round(frame.graph.width * scale),
    Math.round(frame.graph.height * scale),
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('exportPng: the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.addEventListener('load', () => {
      URL.revokeObjectURL(url);
      resolve(image);
    });
    image.addEventListener('error', () => reject(new Error('exportPng: the frame did not render')));
    image.src = url;
  });
}
