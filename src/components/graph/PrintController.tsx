import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { inLightStyle } from '../../graph/stylesheets';
import { selectTheme } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/**
 * For printing, puts a picture of the current view in place of the live canvas: Cytoscape's canvas
 * keeps its on-screen size and would not fit the page, while an image scales to it (see the print
 * styles). The picture is made synchronously in `beforeprint`, before the page is laid out for paper.
 * Paper is white: a dark theme prints as the light one, picture and page alike, and comes back after.
 */
export function PrintController({ cy }: { cy: Core }) {
  useEffect(() => {
    const container = cy.container()?.closest('.graph');
    if (!container) return;
    let image: HTMLImageElement | null = null;
    const onAfterPrint = () => {
      image?.remove();
      image = null;
      document.documentElement.dataset.theme = selectTheme(useAppStore.getState());
    };
    const onBeforePrint = () => {
      onAfterPrint();
      const state = useAppStore.getState();
      image = document.createElement('img');
      image.className = 'print-image';
      image.alt = 'The network as shown on screen';
      image.src = inLightStyle(cy, { theme: selectTheme(state), presenting: state.presenting }, () => cy.png({ full: false, scale: 2, bg: '#ffffff' }));
      document.documentElement.dataset.theme = 'light';
      container.append(image);
    };
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      onAfterPrint();
    };
  }, [cy]);
  return null;
}
