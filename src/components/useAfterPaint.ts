import { useEffect, useState } from 'react';

/**
 * `value`, but a change reaches the caller only after the browser has painted the frame it came in
 * with (the next frame's callback, then a task). For panels beside the graph whose answer takes time
 * (legend, statistics): a filter redraws the graph first and they follow, where React's
 * `useDeferredValue` ran them before the graph's next frame. The first value is returned at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, value]);
  return shown;
}
