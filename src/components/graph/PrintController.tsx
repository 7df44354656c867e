import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from '../../store/useAppStore';

/**
 * For printing, puts a picture of the current view in place of the live canvas: Cytoscape's canvas
 * keeps its on-screen size and would not fit the page, while an image scales to it (see the print
 * styles). In `beforeprint` the page turns light (paper is white) and the picture is made, both
 * synchronously, before the page is laid out for paper; `afterprint` puts the screen back.
 */
export function PrintController({ cy }: { cy: Core }) {
  useEffect(() => {
    const container = cy.container()?.closest('.graph');
    if (!container) return;
    let image: HTMLImageElement | null = null;
    const onAfterPrint = () => {
      image?.remove();
      image = null;
      useAppStore.getState().setPrinting(false);
    };
    const onBeforePrint = () => {
      image?.remove();
      flushSync(() => useAppStore.getState().setPrinting(true));
      image = document.createElement('img');
      image.className = 'print-image';
      image.alt = 'The network as shown on screen';
      image.src = cy.png({ full: false, scale: 2, bg: '#ffffff' });
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
