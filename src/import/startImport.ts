import type { CsvTableMapping } from '../formats/shared/csvMapping';
import { loadPart } from '../lazy/loadPart';
import type { createImportSession } from './importSession';
import {
  failedOutcome,
  summariseOutcome,
  type ImportOutcome,
  type ImportProgress,
  type ImportResult,
} from './importTypes';

type ImportSession = ReturnType<typeof createImportSession>;

export type ImportRequest = { type: 'start'; files: File[] } | { type: 'map'; mappings: CsvTableMapping[] };
export type ImportReply = { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportResult };

export interface ImportCallbacks {
  onProgress: (progress: ImportProgress) => void;
  onResult: (result: ImportResult) => void;
}

/** A running import: answer its mapping question, or cancel it (the worker stops at once). */
export interface ImportHandle {
  map: (mappings: CsvTableMapping[]) => void;
  cancel: () => void;
}

/**
 * Starts reading and parsing files in a Web Worker. Where no worker can start (a page opened from
 * disk), the same steps run on the page instead; cancel then only stops the answer from arriving.
 */
export function startImport(files: File[], callbacks: ImportCallbacks): ImportHandle {
  let cancelled = false;
  const deliver = (result: ImportResult) => !cancelled && callbacks.onResult(result);
  let worker: Worker | null = null;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return onThePage(files, callbacks, deliver, () => (cancelled = true));
  const running = worker;
  let fellBack: ImportHandle | null = null;
  running.addEventListener('message', (event: MessageEvent<ImportReply>) => {
    if (cancelled) return;
    if (event.data.type === 'progress') return callbacks.onProgress(event.data.progress);
    // A summary ends the import: the worker, which holds the files' text, goes. A mapping question keeps it for the answer.
    if (event.data.result.kind === 'summary') running.terminate();
    deliver(event.data.result);
  });
  running.addEventListener('error', (event) => {
    running.terminate();
    // A worker script that cannot load (a page opened from disk) fails before any reply: go on here.
    if (!cancelled) fellBack = onThePage(files, callbacks, deliver, () => (cancelled = true));
    event.preventDefault();
  });
  running.postMessage({ type: 'start', files } satisfies ImportRequest);
  return {
    map: (mappings) =>
      fellBack ? fellBack.map(mappings) : running.postMessage({ type: 'map', mappings } satisfies ImportRequest),
    cancel: () => {
      cancelled = true;
      running.terminate();
    },
  };
}

function onThePage(
  files: File[],
  callbacks: ImportCallbacks,
  deliver: (result: ImportResult) => void,
  cancel: () => void,
): ImportHandle {
  // The readers load only here, on first use: the worker has its own copy.
  const session = loadPart('import code', () => import('./importSession')).then((loaded) =>
    loaded.createImportSession(callbacks.onProgress),
  );
  const guarded = (run: (session: ImportSession) => ImportOutcome | Promise<ImportOutcome>) =>
    session
      .then(run)
      .catch((error: unknown) => failedOutcome(files, error instanceof Error ? error.message : String(error)))
      .then((outcome) => deliver(summariseOutcome(outcome)));
  void guarded((started) => started.start(files));
  return { map: (mappings) => void guarded((started) => started.map(mappings)), cancel };
}
