import type { Round } from './types';

/** What an unknown date reads as, wherever a date would stand. */
export const DATE_UNKNOWN = 'date unknown';

/** How a round is named everywhere: `2023-09-25 US BIS Entity List`, `date unknown US OFAC SDN List`. */
export function roundLabel(round: Pick<Round, 'date' | 'authority' | 'list'>): string {
  return `${round.date ?? DATE_UNKNOWN} ${round.authority} ${round.list}`;
}

/** A stated round size in words: `28 entries, 32 entities (4 individuals)`. */
export function roundSizeText(size: NonNullable<Round['size']>): string {
  const parts = [
    size.entries !== undefined ? `${size.entries} ${size.entries === 1 ? 'entry' : 'entries'}` : null,
    size.entities !== undefined ? `${size.entities} ${size.entities === 1 ? 'entity' : 'entities'}` : null,
  ].filter(Boolean);
  const people =
    size.individuals !== undefined
      ? `${size.individuals} ${size.individuals === 1 ? 'individual' : 'individuals'}`
      : null;
  return parts.length === 0 ? (people ?? '') : `${parts.join(', ')}${people ? ` (${people})` : ''}`;
}
