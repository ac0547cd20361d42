import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { presetLayout } from '../cy/layouts';
import type { Positions } from '../cy/timeline';

/**
 * Fitting a graph in the part of the canvas nothing covers: the graph's
 * toolbar floats over its top (two rows on a narrow desktop stage), and a fit
 * with the same padding on every side put the top entities under it.
 */

export interface Point {
  x: number;
  y: number;
  /** Width in model units (the node's size): its half is kept in view too. */
  size?: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Padding around the drawing on every side, px. */
export const FIT_PADDING = 40;
/** Room kept between an overlay and the drawing below it, px. */
const BELOW_OVERLAY = 8;

/**
 * The zoom and pan that show every point whole (its size included) in a
 * `width` × `height` view, below `top` px covered by an overlay: padding on
 * every side, the top's at least the overlay's height. Undefined for no points.
 */
export function clearViewport(
  points: Iterable<Point>,
  view: { width: number; height: number; top?: number },
  zoomRange: { min: number; max: number } = { min: 1e-50, max: 1 },
): Viewport | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    const r = (p.size ?? 0) / 2;
    minX = Math.min(minX, p.x - r);
    maxX = Math.max(maxX, p.x + r);
    minY = Math.min(minY, p.y - r);
    maxY = Math.max(maxY, p.y + r);
  }
  if (!Number.isFinite(minX)) return undefined;
  const top = Math.max(FIT_PADDING, (view.top ?? 0) + BELOW_OVERLAY);
  // A canvas too short for the overlay keeps a third of itself for the drawing.
  const usedTop = Math.min(top, view.height / 3);
  const w = Math.max(view.width - 2 * FIT_PADDING, 1);
  const h = Math.max(view.height - usedTop - FIT_PADDING, 1);
  const zoom = Math.max(
    zoomRange.min,
    Math.min(zoomRange.max, w / (maxX - minX || 1), h / (maxY - minY || 1)),
  );
  return {
    zoom,
    pan: {
      x: view.width / 2 - zoom * ((minX + maxX) / 2),
      y: usedTop + h / 2 - zoom * ((minY + maxY) / 2),
    },
  };
}

/**
 * How far down from the canvas's top the overlays over it reach, px: elements
 * marked `data-over-canvas` (the graph toolbar) that overlap it.
 */
export function overlayTop(container: HTMLElement | null | undefined): number {
  if (!container) return 0;
  const box = container.getBoundingClientRect();
  let top = 0;
  for (const el of document.querySelectorAll('[data-over-canvas]')) {
    const r = el.getBoundingClientRect();
    const overlaps = r.width > 0 && r.right > box.left && r.left < box.right && r.top < box.bottom;
    if (overlaps && r.top <= box.top + box.height / 3) top = Math.max(top, r.bottom - box.top);
  }
  return top;
}

/** The view that shows every shown node whole, clear of the toolbar (the Fit button). */
export function clearFit(cy: Core): Viewport | undefined {
  const points = cy
    .nodes()
    .not('.hidden')
    .map((n: NodeSingular) => ({ ...n.position(), size: n.width() }));
  return clearViewport(
    points,
    { width: cy.width(), height: cy.height(), top: overlayTop(cy.container()) },
    { min: cy.minZoom(), max: cy.maxZoom() },
  );
}

/**
 * The preset layout to given positions, ending (when it fits) in the view that
 * keeps the drawing clear of the toolbar rather than in Cytoscape's own fit.
 */
export function clearPreset(
  cy: Core,
  positions: Positions,
  animate: boolean,
  fit = true,
): LayoutOptions {
  if (!fit) return presetLayout(positions, animate, false);
  const points = cy
    .nodes()
    .not('.hidden')
    .map((n: NodeSingular) => ({ ...(positions[n.id()] ?? n.position()), size: n.width() }));
  const v = clearViewport(
    points,
    { width: cy.width(), height: cy.height(), top: overlayTop(cy.container()) },
    { min: cy.minZoom(), max: cy.maxZoom() },
  );
  return presetLayout(positions, animate, true, v);
}
