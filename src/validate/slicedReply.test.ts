import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../bench/generateNetwork';
import { validateDatasetText } from './validateDataset';
import { replyAssembler, replyMessages, type ReplyMessage } from './slicedReply';

const assembled = (messages: ReplyMessage[]) => {
  const assemble = replyAssembler();
  const results = messages.map(assemble);
  expect(results.slice(0, -1).every((result) => result === undefined)).toBe(true);
  return results.at(-1);
};

describe('replyMessages and replyAssembler', () => {
  it('carry a checked dataset in slices of at most the given size, and put it back the same', () => {
    const result = validateDatasetText(JSON.stringify(generateNetwork(1200)));
    expect(result.ok).toBe(true);
    const messages = replyMessages(result, 500);
    const sizes = messages.flatMap((message) => ('slice' in message ? [message.items.length] : []));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(500);
    expect(messages.filter((message) => 'slice' in message && message.slice === 'entities')).toHaveLength(3);
    const back = assembled(messages);
    expect(back).toEqual(result);
    expect(Object.keys(back!.dataset!)).toEqual(Object.keys(result.dataset!));
  });

  it('sends a failed check as one message', () => {
    const result = validateDatasetText('{ not json');
    const messages = replyMessages(result);
    expect(messages).toEqual([{ done: result }]);
    expect(assembled(messages)).toEqual(result);
  });

  it('sends empty lists as no slices', () => {
    const text = JSON.stringify({ ...generateNetwork(3), listings: [], links: [] });
    const result = validateDatasetText(text);
    const messages = replyMessages(result, 2);
    expect(messages.some((message) => 'slice' in message && message.slice === 'links')).toBe(false);
    expect(assembled(messages)).toEqual(result);
  });
});
