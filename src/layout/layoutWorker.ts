/// <reference lib="webworker" />
import { canvasTextMeasurer } from './metrics';
import { computeLayout, type LayoutEdge, type LayoutNode } from './computeLayout';

const onProgress = (progress: number) => self.postMessage({ progress });

// Runs the layout off the main thread, so a large dataset does not freeze the page while it is placed.
self.addEventListener('message', (event: MessageEvent<{ nodes: LayoutNode[]; edges: LayoutEdge[] }>) => {
  try {
    self.postMessage({
      positions: computeLayout(event.data.nodes, event.data.edges, canvasTextMeasurer(), onProgress),
    });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
