import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A ref for a band under the canvas whose content changes with the filters (the legend lists what is
 * drawn): the band keeps the tallest height it has had while `holdFor` is the same, so a filter never
 * shrinks it by a line and resizes the canvas, which Cytoscape then redraws whole a moment later.
 * Let go when `holdFor` changes (a new dataset, presentation mode), when the window is resized and
 * when a `<details>` band is closed, so the band is never taller than its content needs for long.
 * Heights come from a ResizeObserver, after the browser's own layout: reading them after each render
 * made the browser lay the page out again, ~9 ms of every filter step.
 */
export function useHeightThatHolds<T extends HTMLElement>(holdFor: unknown) {
  const ref = useRef<T>(null);
  const tallest = useRef(0);

  const letGo = () => {
    tallest.current = 0;
    if (ref.current) ref.current.style.minHeight = '';
  };

  useLayoutEffect(letGo, [holdFor]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The band only grows while held: each new tallest height becomes its least height.
    const observer = new ResizeObserver(([entry]) => {
      if (!entry || (element instanceof HTMLDetailsElement && !element.open)) return;
      const height = entry.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
      if (height <= tallest.current) return;
      tallest.current = height;
      element.style.minHeight = `${height}px`;
    });
    // Let go, then learn the height again: observing anew reports the size the band has now.
    const relearn = () => {
      letGo();
      observer.unobserve(element);
      observer.observe(element);
    };
    const onToggle = () => {
      if (element instanceof HTMLDetailsElement && !element.open) letGo();
      else relearn();
    };
    observer.observe(element);
    window.addEventListener('resize', relearn);
    element.addEventListener('toggle', onToggle);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', relearn);
      element.removeEventListener('toggle', onToggle);
    };
  });

  return ref;
}
