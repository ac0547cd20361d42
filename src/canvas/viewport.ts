import type { Core } from 'cytoscape';

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
