/// <reference lib="webworker" />
import { canvasTextMeasurer } from './metrics';
import { clusterNetwork, packClustering } from './clusters';
import { computeLayout, type LayoutEdge, type LayoutNode } from './computeLayout';
import { packPositions } from './packedPositions';

/** What the page asks: the network, and above how many entities it is drawn as an overview. */
export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  clusterAbove: number;
}

const onProgress = (progress: number) => self.postMessage({ progress });

// Runs the layout off the main thread, so a large dataset does not freeze the page while it is placed.
// A network drawn as an overview is grouped into its clusters here too: on 20,000 entities that took
// the page ~0.1 s, in the same task that then draws the overview.
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  try {
    const { nodes, edges, clusterAbove } = event.data;
    const positions = computeLayout(nodes, edges, canvasTextMeasurer(), onProgress);
    const coordinates = packPositions(nodes, positions);
    const ids = nodes.map((node) => node.id);
    const clustering = nodes.length > clusterAbove ? packClustering(clusterNetwork(ids, edges, positions), ids) : null;
    const transfer = clustering ? [coordinates.buffer, clustering.clusterIndexOf.buffer] : [coordinates.buffer];
    self.postMessage({ coordinates, clustering }, transfer);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
