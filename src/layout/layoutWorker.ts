/// <reference lib="webworker" />
import { canvasTextMeasurer } from './metrics';
import { computeLayout, type LayoutEdge, type LayoutNode } from './computeLayout';
import { packPositions } from './packedPositions';

const onProgress = (progress: number) => self.postMessage({ progress });

// Runs the layout off the main thread, so a large dataset does not freeze the page while it is placed.
self.addEventListener('message', (event: MessageEvent<{ nodes: LayoutNode[]; edges: LayoutEdge[] }>) => {
  try {
    const { nodes, edges } = event.data;
    const coordinates = packPositions(nodes, computeLayout(nodes, edges, canvasTextMeasurer(), onProgress));
    self.postMessage({ coordinates }, [coordinates.buffer]);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
