import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { fromCyId } from '../cy/ids';
import type { Selection } from '../state/viewState';
import { applyHover } from './highlight';
import { isLarge } from './lod';

interface Callbacks {
  onSelect: (selection: Selection) => void;
  onFocus: (id: string) => void;
  graph: { order: number; size: number };
}

/**
 * Taps select, a double tap focuses, hovering highlights (small graphs):
 * bound once per Cytoscape instance, reading the latest callbacks from a ref.
 */
export function useCanvasEvents(cy: Core | null, callbacks: { current: Callbacks }): void {
  useEffect(() => {
    if (!cy) return;
    // flushSync: the details panel updates before Cytoscape's next (possibly slow) frame.
    const tapNode = (e: EventObject) =>
      flushSync(() => callbacks.current.onSelect({ kind: 'entity', id: fromCyId(e.target.id()) }));
    const tapEdge = (e: EventObject) =>
      flushSync(() =>
        callbacks.current.onSelect({ kind: 'relation', id: fromCyId(e.target.id()) }),
      );
    const tapBackground = (e: EventObject) => {
      if (e.target === cy) callbacks.current.onSelect(null);
    };
    const dblNode = (e: EventObject) => callbacks.current.onFocus(fromCyId(e.target.id()));
    // Hover highlighting redraws the whole canvas: skipped for big graphs.
    const hoverable = () => {
      const { order, size } = callbacks.current.graph;
      return !isLarge(order, size);
    };
    const over = (e: EventObject) => {
      if (hoverable()) applyHover(cy, e.target as NodeSingular);
    };
    const out = () => {
      if (hoverable()) applyHover(cy, null);
    };
    cy.on('tap', 'node', tapNode);
    cy.on('tap', 'edge', tapEdge);
    cy.on('tap', tapBackground);
    cy.on('dbltap', 'node', dblNode);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    return () => {
      if (cy.destroyed()) return;
      cy.removeListener('tap', 'node', tapNode);
      cy.removeListener('tap', 'edge', tapEdge);
      cy.removeListener('tap', tapBackground);
      cy.removeListener('dbltap', 'node', dblNode);
      cy.removeListener('mouseover', 'node', over);
      cy.removeListener('mouseout', 'node', out);
    };
  }, [cy, callbacks]);
}
