import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';

/** How long each round stays on screen during playback: long enough to read the caption aloud. */
export const PLAYBACK_STEP_MS = 2500;

/** Advances `As of` one round per step while playing, and stops on the last round. */
export function PlaybackRunner() {
  const playing = useAppStore((s) => s.playing);
  const asOf = useAppStore((s) => s.filters.asOf);
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const { filters, index, stepRound, pause } = useAppStore.getState();
      const last = index?.roundDates.at(-1);
      if (filters.asOf === null || !last || filters.asOf >= last) pause();
      else stepRound(1);
    }, PLAYBACK_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, asOf]);
  return null;
}
