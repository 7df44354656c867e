import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { composeSvg, exportFrame, type ExportMeta } from './composeSvg';
import { graphArea } from './graphArea';

cytoscape.use(cytoscapeSvg);

const canvasOf = (cy: Core) => ({ width: cy.width(), height: cy.height() });

/**
 * The on-screen view as a vector SVG with title, legend and source line; names stay text. `enlarge`
 * draws the graph that many times the canvas's size (so that 12 px names find room, see planExportLabels).
 */
export function exportSvg(cy: Core, meta: ExportMeta, enlarge = 1, coveredTop = 0): Blob {
  const graph = cy.svg({ full: false, scale: enlarge, bg: '#ffffff' });
  const { width, height, top } = graphArea(canvasOf(cy), enlarge, coveredTop);
  return new Blob([composeSvg(meta, width, height, { svg: graph, top })], { type: 'image/svg+xml' });
}

/**
 * The most pixels a PNG export draws (a 4x picture of an enlarged graph on a large screen would ask for
 * hundreds of millions, past what browsers' canvases take): 64 million, 256 MB as the canvas holds them.
 */
const MAX_PNG_PIXELS = 64_000_000;

/**
 * The on-screen view as a PNG: the SVG export's picture (graph `enlarge` times the canvas) at `asked`
 * times its pixels (less if that passes MAX_PNG_PIXELS), with title, legend and source line. The graph's picture is taken before anything is
 * awaited, so a style and names set around the call (light, for documents) are the ones drawn.
 */
export async function exportPng(cy: Core, meta: ExportMeta, asked: number, enlarge = 1, coveredTop = 0): Promise<Blob> {
  const { width, height, top, full } = graphArea(canvasOf(cy), enlarge, coveredTop);
  const frame = exportFrame(width, height, meta);
  const scale = Math.min(asked, Math.sqrt(MAX_PNG_PIXELS / (frame.width * frame.height)));
  const graphPicture = cy.png({ output: 'blob', full: false, scale: scale * enlarge, bg: '#ffffff' });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const context = canvas.getContext('2d')!;
  // The frame (texts, legend) is vector, drawn at the target scale; the graph is Cytoscape's own
  // raster at the same scale, drawn into the frame's empty graph area.
  const frameImage = await loadImage(
    URL.createObjectURL(new Blob([composeSvg(meta, width, height, null)], { type: 'image/svg+xml' })),
  );
  context.drawImage(frameImage, 0, 0, canvas.width, canvas.height);
  const graph = await createImageBitmap(graphPicture);
  // Cytoscape's picture is of the whole canvas; the part below `top` goes into the frame.
  const pictureScale = graph.height / full;
  const from = Math.round(top * pictureScale);
  context.drawImage(
    graph,
    0,
    from,
    graph.width,
    Math.min(graph.height - from, Math.round(height * pictureScale)),
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
