import type { ValidationResult } from './validateDataset';
import { loadValidator } from './loadValidator';
import { replyAssembler, type ReplyMessage } from './slicedReply';

/**
 * Above this many characters the text is parsed and validated in a Web Worker: 20,000 entities (6 MB)
 * keep the page busy about a third of a second, longer than a frame may take; smaller texts take less
 * than a worker's start-up.
 */
export const OFF_THREAD_ABOVE = 500_000;

/**
 * Parses and validates dataset text, in a Web Worker when it is large, so the page stays responsive.
 * Where no worker starts (a page opened from disk), the same validation runs on the page.
 */
export function validateTextOffThread(text: string): Promise<ValidationResult> {
  const onThePage = () => loadValidator().then(({ validateDatasetText }) => validateDatasetText(text));
  if (text.length <= OFF_THREAD_ABOVE || typeof Worker === 'undefined') return onThePage();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validateWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThePage();
  }
  return new Promise((resolve, reject) => {
    const assemble = replyAssembler();
    worker.addEventListener('message', (event: MessageEvent<ReplyMessage>) => {
      const result = assemble(event.data);
      if (!result) return;
      worker.terminate();
      resolve(result);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      event.preventDefault();
      // A worker whose script cannot load fails before any reply: validate here instead.
      onThePage().then(resolve, reject);
    });
    worker.postMessage(text);
  });
}
