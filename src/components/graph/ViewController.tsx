import type { Core, ElementDefinition, EventObject, Position, SingularElementReturnValue } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { appliedClasses } from '../../graph/appliedClasses';
import { VIEW_CLASS_NAMES } from '../../graph/graphClasses';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';
import { fitNow, fitOpening } from './viewport';

const CLEARED = VIEW_CLASS_NAMES.join(' ');

/**
 * Pushes the store's view into Cytoscape, rendering nothing itself: classes for filters and selection
 * (one batch, no layout) and a fit when a dataset is first drawn. Commands (Fit, Re-layout...) are the
 * CommandController's.
 */
export function ViewController({ cy, elements }: { cy: Core; elements: ElementDefinition[] }) {
  const classes = useAppStore(selectViewClasses);
  const setDrawn = useAppStore((s) => s.setDrawn);
  const fittedElements = useRef<ElementDefinition[] | null>(null);
  // The classes last applied, per element id, so a filter change touches only what it changes.
  const applied = useRef(new Map<string, string>());
  // The opening view while the user has not moved it, so a canvas that changes size keeps it fitted.
  const opening = useRef<OpeningFit | null>(null);

  useEffect(() => {
    if (!classes || elements.length === 0) return;
    const isNewDataset = fittedElements.current !== elements;
    if (isNewDataset) applied.current.clear();
    // Only what the canvas holds: an overview draws a few hundred of a large network's elements, and
    // the OverviewController adds entities with their classes already on.
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const own = classes.get(element.id());
        if (!own) return;
        const ends = element.isEdge() ? ([element.data('source'), element.data('target')] as [string, string]) : null;
        const names = appliedClasses(own, ends, classes);
        const key = names.join(' ');
        const last = applied.current.get(element.id());
        if (last === key) return;
        applied.current.set(element.id(), key);
        // Elements are created with their view's classes (see selectElements): leave those as they are.
        if (last === undefined && hasExactly(element, names)) return;
        element.removeClass(CLEARED).addClass(key);
      });
    });
    if (isNewDataset) {
      fittedElements.current = elements;
      // Framed on the nodes the filters leave, read from their classes: `:visible` and the links'
      // bounds made Cytoscape style every element here, in this task, before its first frame (on the
      // 20,000-entity overview, 600 links: the task fell from ~490 ms to ~350 ms). Links run between
      // nodes, and their styles are worked out with the first frame.
      fitOpening(cy, cy.nodes().not('.hidden'));
      opening.current = viewOf(cy);
      cy.one('render', () => {
        // Read by `npm run bench`: milliseconds from navigation to the first drawn frame.
        performance.mark('supply-lines:drawn');
        setDrawn(true);
      });
      cy.forceRender();
    }
  }, [cy, elements, classes, setDrawn]);

  useEffect(() => {
    // The canvas can change size just after the first frame (the status line, written then, takes two
    // lines on a narrow screen): while the user has not moved the opening view, it is fitted again.
    // What the canvas holds is read again: the overview may have opened or closed clusters since.
    const onResize = () => {
      const fit = opening.current;
      if (!fit || (fit.width === cy.width() && fit.height === cy.height())) return;
      if (!sameView(fit, cy.zoom(), cy.pan())) {
        opening.current = null;
        return;
      }
      fitOpening(cy, cy.nodes().not('.hidden'));
      opening.current = viewOf(cy);
    };
    // A removed element is forgotten: the overview adds it again later with its own classes on.
    const onRemove = (event: EventObject) => {
      applied.current.delete(event.target.id());
    };
    cy.on('resize', onResize);
    cy.on('remove', onRemove);
    return () => {
      cy.off('resize', onResize);
      cy.off('remove', onRemove);
    };
  }, [cy]);

  useEffect(() => {
    // Entering or leaving presentation mode resizes the canvas: tell Cytoscape, then frame the view.
    let frame = 0;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.presenting === previous.presenting) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        cy.resize();
        fitNow(cy, cy.elements(':visible'));
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [cy]);

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

interface OpeningFit {
  zoom: number;
  pan: Position;
  width: number;
  height: number;
}

/** Where the canvas looks and how large it is. */
function viewOf(cy: Core) {
  return { zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() };
}

/** Whether the viewport is still where the opening fit put it (to a hundredth of a pixel). */
function sameView(fit: OpeningFit, zoom: number, pan: Position): boolean {
  return Math.abs(fit.zoom - zoom) < 1e-9 && Math.abs(fit.pan.x - pan.x) < 0.01 && Math.abs(fit.pan.y - pan.y) < 0.01;
}

/** Whether an element's view classes are exactly these (its other classes, role or kind, aside). */
function hasExactly(element: SingularElementReturnValue, names: readonly string[]): boolean {
  return VIEW_CLASS_NAMES.every((name) => element.hasClass(name) === names.includes(name));
}
