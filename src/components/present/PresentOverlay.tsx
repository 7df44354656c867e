import { useEffect } from 'react';
import { selectEffectiveAsOf } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { PlayButton } from './PlayButton';
import { RoundCaptionText } from './RoundCaption';

/** Presentation mode's title, date and caption over the graph, and its keys (PRESENT_KEYS in graphKeys.ts). */
export function PresentOverlay() {
  const presenting = useAppStore((s) => s.presenting);
  const title = useAppStore((s) => s.index?.dataset.title);
  const asOf = useAppStore(selectEffectiveAsOf);
  const setPresenting = useAppStore((s) => s.setPresenting);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      // A dialog's keys are its own (Escape closes it, not Present).
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const { stepRound, playing, play, pause, fitView } = useAppStore.getState();
      // Page Down and Page Up are what a presenter's remote sends.
      if (event.key === 'ArrowRight' || event.key === 'PageDown') stepRound(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') stepRound(-1);
      else if (event.key === 'Escape') setPresenting(false);
      else if (event.key === ' ') (playing ? pause : play)();
      else if (event.key === 'Home' || event.key === '0') fitView();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    document.documentElement.requestFullscreen?.().catch(() => {
      // Fullscreen may be refused (no user gesture, embedded page); the mode still fills the window.
    });
    const onFullscreenExit = () => !document.fullscreenElement && setPresenting(false);
    document.addEventListener('fullscreenchange', onFullscreenExit);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenExit);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [presenting, setPresenting]);

  if (!presenting) return null;
  return (
    <div className="present-overlay">
      <div className="present-title">
        {/* The page's one h1 while presenting: the app header (and its h1) is hidden. */}
        <h1>{title}</h1>
        <p className="present-date">As of {asOf}</p>
      </div>
      <RoundCaptionText />
      <div className="present-controls">
        <PlayButton />
        <button type="button" onClick={() => setPresenting(false)}>
          Exit (Esc)
        </button>
      </div>
    </div>
  );
}
