import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';

/** Turns taps on the canvas into store actions; reads the store at event time rather than subscribing. */
export function GraphEvents({ cy }: { cy: Core }) {
  useEffect(() => {
    const onNode = (event: EventObject) => useAppStore.getState().selectEntity(event.target.id());
    const onEdge = (event: EventObject) => useAppStore.getState().selectLink(event.target.id());
    const onBackground = (event: EventObject) => {
      if (event.target === cy) useAppStore.getState().clearSelection();
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    return () => {
      cy.off('tap', 'node', onNode);
      cy.off('tap', 'edge', onEdge);
      cy.off('tap', onBackground);
    };
  }, [cy]);
  return null;
}
