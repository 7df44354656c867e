import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A ref for a band under the canvas whose content changes with the filters (the legend lists what is
 * drawn): the band keeps the tallest height it has had while `holdFor` is the same, so a filter never
 * shrinks it by a line and resizes the canvas, which Cytoscape then redraws whole a moment later.
 * Let go when `holdFor` changes (a new dataset, presentation mode), when the window is resized and
 * when a `<details>` band is closed, so the band is never taller than its content needs for long.
 */
export function useHeightThatHolds<T extends HTMLElement>(holdFor: unknown) {
  const ref = useRef<T>(null);
  const tallest = useRef(0);

  const letGo = () => {
    tallest.current = 0;
    if (ref.current) ref.current.style.minHeight = '';
  };

  useLayoutEffect(letGo, [holdFor]);

  // After every render: the band's height now, kept as its least height if it is the tallest yet.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || (element instanceof HTMLDetailsElement && !element.open)) return;
    tallest.current = Math.max(tallest.current, element.getBoundingClientRect().height);
    element.style.minHeight = `${tallest.current}px`;
  });

  useEffect(() => {
    const element = ref.current;
    const onToggle = () => {
      if (element instanceof HTMLDetailsElement && !element.open) letGo();
    };
    window.addEventListener('resize', letGo);
    element?.addEventListener('toggle', onToggle);
    return () => {
      window.removeEventListener('resize', letGo);
      element?.removeEventListener('toggle', onToggle);
    };
  });

  return ref;
}
