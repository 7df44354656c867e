import { BRIEFING_GLOBAL, type BriefingPayload } from './briefingHtml';

/** The payload of a briefing file, when the app runs inside one. */
export function readBriefing(): BriefingPayload | null {
  const payload = (window as unknown as Record<string, unknown>)[BRIEFING_GLOBAL];
  if (typeof payload !== 'object' || payload === null) return null;
  const { dataset, search } = payload as Partial<BriefingPayload>;
  return { dataset, search: typeof search === 'string' ? search : '' };
}
