import type { Round } from './types';

/** How a round is named everywhere: `2023-09-25 US BIS Entity List`. */
export function roundLabel(round: Pick<Round, 'date' | 'authority' | 'list'>): string {
  return `${round.date} ${round.authority} ${round.list}`;
}
