import { canvasTextMeasurer } from './metrics';
import { loadPart } from '../lazy/loadPart';
import { unpackClustering, type Clustering, type PackedClustering } from './clusters';
import type { LayoutEdge, LayoutNode, LayoutProgress, Positions } from './computeLayout';
import type { LayoutRequest } from './layoutWorker';
import { unpackPositions } from './packedPositions';

// The layout code (dagre, d3-force) loads on first use: the built-in dataset ships its positions.
const loadLayout = () => loadPart('layout code', () => import('./computeLayout'));

/** Below this size the layout takes milliseconds, so a worker's start-up would cost more than it saves. */
const WORKER_THRESHOLD = 300;

type WorkerMessage = {
  coordinates?: Float64Array;
  clustering?: PackedClustering | null;
  progress?: number;
  error?: string;
};

/**
 * A network's positions, and its overview's clusters when the worker grouped them (a network of more
 * than `clusterAbove` entities laid out in the worker); null otherwise, for the page to group on demand.
 */
export interface LaidOut {
  positions: Positions;
  clustering: Clustering | null;
}

/** Positions laid out on the page, which groups them itself when it draws an overview. */
const unclustered = (positions: Positions): LaidOut => ({ positions, clustering: null });

const newLayoutWorker = () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
let started: { worker: Worker; failed: boolean } | null = null;

/**
 * Starts a layout worker ahead of the network it will lay out (while that is still being fetched and
 * checked), so the next large layout does not wait ~0.2 s for the worker's script to load and run.
 * Does nothing where workers cannot start; the worker stays idle until runLayout uses it or it is
 * dropped. A worker that failed meanwhile (its script would not load) is not used: runLayout then
 * starts afresh, and lays out on the page if that fails too.
 */
export function startLayoutWorker(): void {
  if (started || typeof Worker === 'undefined') return;
  try {
    const worker = newLayoutWorker();
    started = { worker, failed: false };
    const entry = started;
    worker.addEventListener('error', () => (entry.failed = true), { once: true });
  } catch {
    started = null;
  }
}

/** Stops the worker startLayoutWorker started, where no layout came to use it. */
export function dropStartedWorker(): void {
  started?.worker.terminate();
  started = null;
}

function takeStartedWorker(): Worker | null {
  const entry = started;
  started = null;
  if (!entry) return null;
  if (!entry.failed) return entry.worker;
  entry.worker.terminate();
  return null;
}

/** Lays out a network, in a Web Worker when it is large. Rejects with the layout's error message. */
export function runLayout(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  onProgress: LayoutProgress = () => {},
  clusterAbove = Number.POSITIVE_INFINITY,
): Promise<LaidOut> {
  if (nodes.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    dropStartedWorker();
    return loadLayout().then(({ computeLayout }) => unclustered(computeLayout(nodes, edges, canvasTextMeasurer())));
  }
  const onMainThread = () =>
    loadLayout().then(({ computeLayout }) =>
      unclustered(computeLayout(nodes, edges, canvasTextMeasurer(), onProgress)),
    );
  let worker: Worker;
  try {
    worker = takeStartedWorker() ?? newLayoutWorker();
  } catch {
    // Pages opened from disk (a briefing file) may not start workers: lay out here instead.
    return onMainThread();
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      if (event.data.progress !== undefined) return onProgress(event.data.progress);
      worker.terminate();
      const { coordinates, clustering } = event.data;
      if (coordinates) {
        const ids = nodes.map((node) => node.id);
        resolve({
          positions: unpackPositions(nodes, coordinates),
          clustering: clustering ? unpackClustering(clustering, ids) : null,
        });
      } else reject(new Error(`runLayout: ${event.data.error ?? 'the layout worker failed'}`));
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      // A worker that cannot load its script (a page opened from disk) fails here: lay out on the
      // main thread instead; a real layout error then surfaces from there.
      onMainThread().then(resolve, (error: Error) => reject(new Error(`runLayout: ${error.message}`)));
    });
    worker.postMessage({ nodes, edges, clusterAbove } satisfies LayoutRequest);
  });
}
