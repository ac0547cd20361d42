import type { Core, NodeSingular } from 'cytoscape';
import type { Selection } from '../state/viewState';

/** Above this many elements, hover only outlines the neighbourhood instead of fading everything. */
export const FADE_LIMIT = 4000;

export function applyHover(cy: Core, node: NodeSingular | null): void {
  cy.batch(() => {
    cy.elements('.faded').removeClass('faded');
    cy.elements('.hover').removeClass('hover highlighted');
    cy.edges('.hover-label').removeClass('hover-label show-label');
    if (!node) return reapplySelectionLabels(cy);
    const hood = node.closedNeighborhood();
    if (cy.elements().length <= FADE_LIMIT) cy.elements().not(hood).addClass('faded');
    hood.addClass('hover highlighted');
    node.connectedEdges().addClass('hover-label show-label');
  });
}

function reapplySelectionLabels(cy: Core) {
  cy.$('.selected').forEach((ele) => {
    if (ele.isNode()) ele.connectedEdges().addClass('show-label highlighted');
  });
}

/** Marks the selection and its neighbourhood; removes the previous marks. */
export function applySelection(cy: Core, selection: Selection): void {
  cy.batch(() => {
    cy.elements('.selected').removeClass('selected');
    cy.elements('.sel-hood').removeClass('sel-hood highlighted show-label');
    if (!selection) return;
    const ele = cy.getElementById(selection.id);
    if (ele.empty()) return;
    ele.addClass('selected');
    if (ele.isNode()) {
      ele.connectedEdges().addClass('sel-hood highlighted show-label');
      ele.neighborhood('node').addClass('sel-hood highlighted');
    } else {
      cy.getElementById(selection.id).connectedNodes().addClass('sel-hood highlighted');
    }
  });
}

/** Hides everything outside the visible sets (display: none keeps positions). */
export function applyVisibility(
  cy: Core,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string>,
): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (nodes.has(n.id())) n.removeClass('hidden');
      else n.addClass('hidden');
    });
    cy.edges().forEach((e) => {
      if (edges.has(e.id())) e.removeClass('hidden');
      else e.addClass('hidden');
    });
  });
}
