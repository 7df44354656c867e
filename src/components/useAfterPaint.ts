import { useEffect, useState } from 'react';

/**
 * `value`, but a change reaches the caller only after the browser has painted the frame it came in
 * with (the next frame's callback, then a task). For panels beside the graph whose answer takes time
 * (legend, statistics): a filter redraws the graph first and they follow, where React's
 * `useDeferredValue` ran them before the graph's next frame. The first value is returned at once,
 * unless a `placeholder` is given: then that comes first, and the first value after the first paint
 * (for a panel that need not be there when the page first draws, and costs time on a large network).
 */
export function useAfterPaint<T>(value: T, ...placeholder: [] | [T]): T {
  return useAfterPaints(value, 1, ...placeholder);
}

/**
 * useAfterPaint, after `paints` frames: a second panel that is slow on a large network waits a frame
 * more, so that its render is a task of its own rather than one with the first's (on 100,000 entities
 * the legend and the statistics together were one ~350 ms task).
 */
export function useAfterPaints<T>(value: T, paints: number, ...placeholder: [] | [T]): T {
  const [shown, setShown] = useState<T>(() => (placeholder.length > 0 ? (placeholder[0] as T) : value));
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterPaints(paints, () => setShown(() => value));
  }, [shown, value, paints]);
  return shown;
}

/** Runs `run` once the browser has painted its next frame (that frame's callback, then a task); returns a cancel. */
export function afterNextPaint(run: () => void): () => void {
  return afterPaints(1, run);
}

/** Runs `run` once the browser has painted `count` more frames, each followed by a task; returns a cancel. */
function afterPaints(count: number, run: () => void): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = (left: number) => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => (left > 1 ? wait(left - 1) : run()), 0);
    });
  };
  wait(count);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
