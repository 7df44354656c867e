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
  const [shown, setShown] = useState<T>(() => (placeholder.length > 0 ? (placeholder[0] as T) : value));
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [shown, value]);
  return shown;
}

/** Runs `run` once the browser has painted its next frame (that frame's callback, then a task); returns a cancel. */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
