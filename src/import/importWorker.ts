/// <reference lib="webworker" />
import { createImportSession } from './importSession';
import { failedOutcome, summariseOutcome, type ImportOutcome } from './importTypes';
import type { ImportReply, ImportRequest } from './startImport';

// Reads and parses imported files off the main thread, so a 50 MB file leaves the page responsive.
const post = (reply: ImportReply) => self.postMessage(reply);
const answer = (outcome: ImportOutcome) => {
  const result = summariseOutcome(outcome);
  self.postMessage(
    { type: 'result', result } satisfies ImportReply,
    result.kind === 'summary' ? [result.summary.datasetJson] : [],
  );
};
const session = createImportSession((progress) => post({ type: 'progress', progress }));
let files: readonly File[] = [];

self.addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
  try {
    if (event.data.type === 'start') {
      files = event.data.files;
      answer(await session.start(files));
    } else {
      answer(session.map(event.data.mappings));
    }
  } catch (error) {
    answer(failedOutcome(files, error instanceof Error ? error.message : String(error)));
  }
});
