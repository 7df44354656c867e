/// <reference lib="webworker" />
import { createImportSession, failedOutcome } from './importSession';
import type { ImportReply, ImportRequest } from './startImport';

// Reads and parses imported files off the main thread, so a 50 MB file leaves the page responsive.
const post = (reply: ImportReply) => self.postMessage(reply);
const session = createImportSession((progress) => post({ type: 'progress', progress }));
let files: readonly File[] = [];

self.addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
  try {
    if (event.data.type === 'start') {
      files = event.data.files;
      post({ type: 'outcome', outcome: await session.start(files) });
    } else {
      post({ type: 'outcome', outcome: session.map(event.data.mappings) });
    }
  } catch (error) {
    post({ type: 'outcome', outcome: failedOutcome(files, error instanceof Error ? error.message : String(error)) });
  }
});
