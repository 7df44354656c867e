import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { VIEW_CLASS_NAMES } from '../../graph/viewClasses';
import { selectPositions } from '../../store/selectors';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';
import { centreOn, fitTo, moveNodes } from './viewport';

const CLEARED = VIEW_CLASS_NAMES.join(' ');
const FIT_PADDING = 40;
const READABLE_ZOOM = 1.2;

/**
 * Pushes the store's view into Cytoscape, rendering nothing itself: classes for filters and selection
 * (one batch, no layout), a fit when a dataset is first drawn, and the layout's positions on Re-layout.
 */
export function ViewController({ cy, elements }: { cy: Core; elements: ElementDefinition[] }) {
  const classes = useAppStore(selectViewClasses);
  const positions = useAppStore(selectPositions);
  const layoutRevision = useAppStore((s) => s.layoutRevision);
  const fitRequest = useAppStore((s) => s.fitRequest);
  const centreRequest = useAppStore((s) => s.centreRequest);
  const viewportRequest = useAppStore((s) => s.viewportRequest);
  const setDrawn = useAppStore((s) => s.setDrawn);
  const fittedElements = useRef<ElementDefinition[] | null>(null);
  // The classes last applied, per element id, so a filter change touches only what it changes.
  const applied = useRef(new Map<string, string>());

  useEffect(() => {
    if (!classes || elements.length === 0) return;
    const isNewDataset = fittedElements.current !== elements;
    if (isNewDataset) applied.current.clear();
    cy.batch(() => {
      for (const [id, names] of classes) {
        const key = names.join(' ');
        if (applied.current.get(id) === key) continue;
        applied.current.set(id, key);
        cy.getElementById(id).removeClass(CLEARED).addClass(key);
      }
    });
    if (isNewDataset) {
      fittedElements.current = elements;
      cy.fit(cy.elements(':visible'), FIT_PADDING);
      cy.one('render', () => {
        // Read by `npm run bench`: milliseconds from navigation to the first drawn frame.
        performance.mark('supply-lines:drawn');
        setDrawn(true);
      });
      cy.forceRender();
    }
  }, [cy, elements, classes, setDrawn]);

  useEffect(() => {
    // Entering or leaving presentation mode resizes the canvas: tell Cytoscape, then frame the view.
    let frame = 0;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.presenting === previous.presenting) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        cy.resize();
        cy.fit(cy.elements(':visible'), FIT_PADDING);
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [cy]);

  useEffect(() => {
    if (layoutRevision === 0 || !positions) return;
    moveNodes(cy, positions);
    fitTo(cy, cy.elements(':visible'), FIT_PADDING);
  }, [cy, layoutRevision, positions]);

  useEffect(() => {
    if (fitRequest.count === 0) return;
    const eles = fitRequest.ids
      ? fitRequest.ids.reduce((found, id) => found.union(cy.getElementById(id)), cy.collection())
      : cy.elements(':visible');
    fitTo(cy, eles, FIT_PADDING);
  }, [cy, fitRequest]);

  useEffect(() => {
    if (!centreRequest) return;
    const node = cy.getElementById(centreRequest.id);
    if (node.empty()) return;
    // Close enough to read the label, never further out than the user already is.
    centreOn(cy, node, Math.max(cy.zoom(), READABLE_ZOOM));
  }, [cy, centreRequest]);

  useEffect(() => {
    if (viewportRequest) cy.viewport(viewportRequest.viewport);
  }, [cy, viewportRequest]);

  useEffect(() => {
    // Keep the store told where the canvas looks, so Save view can keep it; settled moves only.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => useAppStore.getState().setViewport({ zoom: cy.zoom(), pan: { ...cy.pan() } }), 200);
    };
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', onViewport);
    };
  }, [cy]);

  return null;
}
