import type { CollectionReturnValue, Core } from 'cytoscape';

/**
 * The level each instance is animating to. A second press arrives before the
 * first animation has even started (Cytoscape starts it on the next frame), so
 * `cy.zoom()` would still read the old level and the press would be lost.
 */
const target = new WeakMap<Core, { level: number; at: number }>();
const DURATION = 200;

/** Zooms about the centre of the view, within the instance's limits; quick presses add up. */
export function zoomBy(cy: Core | null, factor: number): void {
  if (!cy || cy.destroyed()) return;
  const pending = target.get(cy);
  // Trust the pending level only while its animation can still be running (a fit may have replaced it).
  const from =
    pending && performance.now() - pending.at < DURATION + 50 ? pending.level : cy.zoom();
  cy.stop(true, false);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from * factor));
  target.set(cy, { level, at: performance.now() });
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    {
      duration: DURATION,
      complete: () => {
        if (target.get(cy)?.level === level) target.delete(cy);
      },
    },
  );
}

export const ZOOM_STEP = 1.3;

/** The zoom level selecting an entity brings the view to (if it is further out). */
export const SELECTION_ZOOM = 0.85;
/** Big graphs: the closest zoom framing a selection and its neighbours may reach. */
export const SELECTION_ZOOM_MAX = 1.5;

/**
 * Brings a selected element into view, animated. Small graphs: centred,
 * zoomed in far enough to read the neighbours' labels, never out. Big graphs
 * (`lod`), spread wide: the element framed with its neighbours.
 */
export function centreOn(cy: Core, ele: CollectionReturnValue, lod: boolean): void {
  if (lod) {
    // A big graph's layout is spread wide: frame the selection with its
    // neighbours instead, as close as SELECTION_ZOOM_MAX allows.
    const hood = ele.closedNeighborhood().not('.hidden');
    const bb = hood.boundingBox();
    // More room above and below: the toolbar and the level-of-detail note overlay the canvas.
    const zoom = Math.max(
      cy.minZoom(),
      Math.min(
        SELECTION_ZOOM_MAX,
        (cy.width() - 120) / Math.max(bb.w, 1),
        (cy.height() - 240) / Math.max(bb.h, 1),
      ),
    );
    cy.animate({ center: { eles: hood }, zoom }, { duration: 350 });
    return;
  }
  // Zoom in far enough to read the neighbours' labels, never out.
  // (Cytoscape centres for the target zoom when both are given.)
  cy.animate(
    { center: { eles: ele }, zoom: Math.max(cy.zoom(), SELECTION_ZOOM) },
    { duration: 350 },
  );
}
