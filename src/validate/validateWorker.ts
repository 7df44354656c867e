/// <reference lib="webworker" />
import { validateDatasetText } from './validateDataset';

// Parses and validates a large dataset's text off the main thread (see validateOffThread.ts).
self.addEventListener('message', (event: MessageEvent<string>) => {
  self.postMessage(validateDatasetText(event.data));
});
