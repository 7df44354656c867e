import { canvasTextMeasurer } from '../graph/metrics';
import { computeLayout, type LayoutEdge, type LayoutNode, type LayoutProgress, type Positions } from './computeLayout';

/** Below this size the layout takes milliseconds, so a worker's start-up would cost more than it saves. */
const WORKER_THRESHOLD = 300;

type WorkerMessage = { positions?: Positions; progress?: number; error?: string };

/** Lays out a network, in a Web Worker when it is large. Rejects with the layout's error message. */
export function runLayout(nodes: LayoutNode[], edges: LayoutEdge[], onProgress: LayoutProgress = () => {}): Promise<Positions> {
  if (nodes.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    return Promise.resolve().then(() => computeLayout(nodes, edges, canvasTextMeasurer()));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      if (event.data.progress !== undefined) return onProgress(event.data.progress);
      worker.terminate();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(`runLayout: ${event.data.error ?? 'the layout worker failed'}`));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`runLayout: ${event.message}`));
    });
    worker.postMessage({ nodes, edges });
  });
}
