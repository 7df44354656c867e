/// <reference lib="webworker" />
import { validateDatasetText } from './validateDataset';
import { replyMessages } from './slicedReply';

// Parses and validates a large dataset's text off the main thread (see validateOffThread.ts), and
// sends the result back in slices, each copied out by the page in a task of its own.
self.addEventListener('message', (event: MessageEvent<string>) => {
  for (const message of replyMessages(validateDatasetText(event.data))) self.postMessage(message);
});
