import type { StateCreator } from 'zustand';
import type { AppState, SliceActions } from './appState';

export interface PresentationSlice {
  /** Presentation mode: the graph fills the screen, controls hide, arrow keys step through rounds. */
  presenting: boolean;
  /** Playback: `As of` steps through the rounds on a timer. */
  playing: boolean;
  /** Running inside a briefing file (opened from disk, view not written to the address). */
  briefing: boolean;
  setBriefing: (briefing: boolean) => void;
  setPresenting: (presenting: boolean) => void;
  /** Starts playback; from the first round when the last one is already showing. */
  play: () => void;
  pause: () => void;
  /** Moves `As of` to the next (+1) or previous (-1) round date; stops at either end. */
  stepRound: (delta: 1 | -1) => void;
}

export const createPresentationSlice: StateCreator<AppState, [], [], SliceActions<PresentationSlice>> = (set, get) => ({
  setBriefing: (briefing) => set({ briefing }),
  setPresenting: (presenting) => set({ presenting, playing: presenting && get().playing }),
  play: () => {
    const { index, filters } = get();
    if (!index || index.timelineDates.length === 0) return;
    const atEnd = filters.asOf === null || filters.asOf >= index.timelineDates.at(-1)!;
    set({ playing: true, filters: atEnd ? { ...filters, asOf: index.timelineDates[0]! } : filters });
  },
  pause: () => set({ playing: false }),
  stepRound: (delta) => {
    const { index, filters } = get();
    if (!index || index.timelineDates.length === 0) return;
    const dates = index.timelineDates;
    const current = filters.asOf === null ? dates.length - 1 : lastIndexAtOrBefore(dates, filters.asOf);
    const next = Math.min(dates.length - 1, Math.max(0, current + delta));
    set({ filters: { ...filters, asOf: next === dates.length - 1 ? null : dates[next]! } });
  },
});

/** The index of the last date on or before `date` (0 when `date` precedes them all). */
export function lastIndexAtOrBefore(dates: readonly string[], date: string): number {
  let found = 0;
  dates.forEach((d, i) => {
    if (d <= date) found = i;
  });
  return found;
}
