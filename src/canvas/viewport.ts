import type { Core } from 'cytoscape';

/** Zooms about the centre of the view, within the instance's limits. */
export function zoomBy(cy: Core | null, factor: number): void {
  if (!cy || cy.destroyed()) return;
  cy.stop(true, true); // a quick second press starts from where the first one ends
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    { duration: 200 },
  );
}

export const ZOOM_STEP = 1.3;
