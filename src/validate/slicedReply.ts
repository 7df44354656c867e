import type { Dataset } from '../model/types';
import type { ValidationResult } from './validateDataset';

/**
 * Items one message carries at most. The page copies a message out in one task: a checked dataset of
 * 100,000 entities sent whole was one ~830 ms task (traced) before anything else could run.
 */
export const SLICE_ITEMS = 5000;

const SLICED = ['sources', 'rounds', 'entities', 'listings', 'links'] as const;
type SlicedKey = (typeof SLICED)[number];

/** What a checking worker sends: slices of the dataset's lists, then the result with those lists empty. */
export type ReplyMessage = { slice: SlicedKey; items: unknown[] } | { done: ValidationResult };

/** A validation result as the messages that carry it, each list in slices of at most `size` items. */
export function replyMessages(result: ValidationResult, size: number = SLICE_ITEMS): ReplyMessage[] {
  if (!result.ok) return [{ done: result }];
  const messages: ReplyMessage[] = [];
  const rest: Dataset = { ...result.dataset };
  for (const key of SLICED) {
    const list: unknown[] = result.dataset[key];
    for (let from = 0; from < list.length; from += size)
      messages.push({ slice: key, items: list.slice(from, from + size) });
    rest[key] = [];
  }
  messages.push({ done: { ...result, dataset: rest } });
  return messages;
}

/** Puts the messages back together: given each in order, it returns the result at the last one. */
export function replyAssembler(): (message: ReplyMessage) => ValidationResult | undefined {
  const lists = new Map<SlicedKey, unknown[][]>(SLICED.map((key) => [key, []]));
  return (message) => {
    if ('slice' in message) {
      lists.get(message.slice)!.push(message.items);
      return undefined;
    }
    const { done } = message;
    if (!done.ok) return done;
    const whole = Object.fromEntries(SLICED.map((key) => [key, lists.get(key)!.flat()]));
    return { ...done, dataset: { ...done.dataset, ...(whole as Pick<Dataset, SlicedKey>) } };
  };
}
