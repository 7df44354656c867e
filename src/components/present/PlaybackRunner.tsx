import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';

/** How long each round stays on screen during playback: long enough to read the caption aloud. */
export const PLAYBACK_STEP_MS = 2500;

/** Advances `As of` one round per step while playing, and stops on the last round. */
export function PlaybackRunner() {
  const playing = useAppStore((s) => s.playing);
  const asOf = useAppStore((s) => s.filters.asOf);
  const lastDate = useAppStore((s) => s.index?.timelineDates.at(-1));
  useEffect(() => {
    if (!playing) return;
    // Each new date restarts the timer; on the last one, the step ends playback.
    const atEnd = asOf === null || !lastDate || asOf >= lastDate;
    const timer = setTimeout(() => {
      const { stepRound, pause } = useAppStore.getState();
      if (atEnd) pause();
      else stepRound(1);
    }, PLAYBACK_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, asOf, lastDate]);
  return null;
}
