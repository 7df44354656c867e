import { useAppStore } from '../../store/useAppStore';

/** `Play rounds` starts playback through the rounds in date order; `Pause` stops it. */
export function PlayButton() {
  const playing = useAppStore((s) => s.playing);
  const play = useAppStore((s) => s.play);
  const pause = useAppStore((s) => s.pause);
  return playing ? (
    <button type="button" onClick={pause}>
      Pause
    </button>
  ) : (
    <button type="button" onClick={play}>
      Play rounds
    </button>
  );
}
