import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateDatasetText } from './validateDataset';
import { OFF_THREAD_ABOVE, validateTextOffThread } from './validateOffThread';
import { replyMessages } from './slicedReply';
import { generateNetwork } from '../bench/generateNetwork';

/** A stand-in Worker that runs the real validation when it is sent text and replies in slices, as the worker script does. */
class EchoWorker {
  static posted: string[] = [];
  private listeners = new Map<string, (event: unknown) => void>();
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, listener);
  }
  postMessage(text: string) {
    EchoWorker.posted.push(text);
    for (const data of replyMessages(validateDatasetText(text), 2))
      setTimeout(() => this.listeners.get('message')?.({ data }), 0);
  }
  terminate() {}
}

/** A dataset text over the threshold: a valid empty dataset padded with white space. */
const largeText = (body: string) => body + ' '.repeat(OFF_THREAD_ABOVE);
const EMPTY = JSON.stringify({ formatVersion: 2, title: 'Empty', entities: [], links: [], rounds: [], sources: [] });

describe('validateTextOffThread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    EchoWorker.posted = [];
  });

  it('sends a large text to a worker and returns its answer', async () => {
    vi.stubGlobal('Worker', EchoWorker);
    const result = await validateTextOffThread(largeText(EMPTY));
    expect(EchoWorker.posted).toHaveLength(1);
    expect(result).toEqual(validateDatasetText(EMPTY));
  });

  it('puts a dataset sent in slices back together', async () => {
    vi.stubGlobal('Worker', EchoWorker);
    const text = JSON.stringify(generateNetwork(5));
    const result = await validateTextOffThread(largeText(text));
    expect(result.ok).toBe(true);
    expect(result.dataset?.entities).toHaveLength(5);
    expect(result).toEqual(validateDatasetText(text));
  });

  it('validates a small text on the page, without a worker', async () => {
    vi.stubGlobal('Worker', EchoWorker);
    const result = await validateTextOffThread('{"entities": 3}');
    expect(EchoWorker.posted).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('validates on the page where no worker starts', async () => {
    // A constructor that throws, as where a page may not start workers.
    vi.stubGlobal('Worker', function Worker() {
      throw new Error('workers are not allowed here');
    });
    const result = await validateTextOffThread(largeText('{ not json'));
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'not-json' })] });
  });
});
