import type { Core, NodeSingular } from 'cytoscape';
import { toCyId } from '../cy/ids';
import { overlayTop } from './fitClear';

/** The width below which the page switches to the phone layout (layout.css and the feature stylesheets use the same). */
export const PHONE_QUERY = '(max-width: 760px)';
/** On a phone's first view the main entities are drawn at least this wide, px (a fingertip). */
export const PHONE_MIN_NODE_PX = 27;
/** How many of the most connected entities count as the main ones. */
export const MAIN_NODES = 10;

export function isPhone(): boolean {
  return typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches;
}

export interface Placed {
  x: number;
  y: number;
  /** Width in model units. */
  size: number;
  degree: number;
}

/**
 * A phone's first view: fitting the whole graph in 375 px draws its main
 * entities 9–13 px wide, too small to read or tap. Zoom in until the
 * MAIN_NODES most connected are PHONE_MIN_NODE_PX wide (never past 1), centred
 * on them, weighted by their relations. Undefined when the fit is close enough.
 */
export function mainNodesViewport(
  nodes: readonly Placed[],
  view: { width: number; height: number; zoom: number; top?: number },
): { zoom: number; pan: { x: number; y: number } } | undefined {
  const main = [...nodes].sort((a, b) => b.degree - a.degree).slice(0, MAIN_NODES);
  if (!main.length) return undefined;
  const smallest = Math.min(...main.map((n) => n.size));
  const zoom = Math.min(1, Math.max(view.zoom, PHONE_MIN_NODE_PX / Math.max(smallest, 1)));
  if (zoom <= view.zoom) return undefined;
  let x = 0;
  let y = 0;
  let w = 0;
  for (const n of main) {
    const weight = n.degree || 1;
    x += n.x * weight;
    y += n.y * weight;
    w += weight;
  }
  // Centred in the part below the toolbar (`top` px covered).
  const top = Math.min(view.top ?? 0, view.height / 3);
  return {
    zoom,
    pan: { x: view.width / 2 - zoom * (x / w), y: top + (view.height - top) / 2 - zoom * (y / w) },
  };
}

/** The phone's first view over what the instance draws (after a layout's fit). */
export function frameMainNodes(cy: Core): void {
  const nodes = (cy.nodes().not('.hidden').toArray() as NodeSingular[]).map((n) => ({
    ...n.position(),
    size: n.width(),
    degree: n.degree(false),
  }));
  const v = mainNodesViewport(nodes, {
    width: cy.width(),
    height: cy.height(),
    zoom: cy.zoom(),
    top: overlayTop(cy.container()),
  });
  if (v) cy.viewport(v);
}

/** The part of the graph region nothing covers: the toolbar overlays its top. */
const INSET = { top: 56, side: 24, bottom: 24 };

/**
 * After the graph region changed size (a phone's sheet opening under it), pans
 * the selected entity back into view if it left it — once any running
 * animation (centring on a search pick) has landed, since that animation aimed
 * at the region's old centre.
 */
export function keepInView(cy: Core, id: string | undefined, deadline = performance.now() + 1500) {
  if (!id || cy.destroyed()) return;
  if (cy.animated() && performance.now() < deadline) {
    requestAnimationFrame(() => keepInView(cy, id, deadline));
    return;
  }
  const ele = cy.getElementById(toCyId(id));
  if (ele.empty() || ele.hasClass('hidden')) return;
  const p = ele.renderedPosition();
  const inside =
    p.x >= INSET.side &&
    p.x <= cy.width() - INSET.side &&
    p.y >= INSET.top &&
    p.y <= cy.height() - INSET.bottom;
  if (inside) return;
  const top = Math.min(INSET.top, cy.height() / 3);
  cy.animate(
    {
      pan: {
        x: cy.pan().x + cy.width() / 2 - p.x,
        y: cy.pan().y + top + (cy.height() - top) / 2 - p.y,
      },
    },
    { duration: 250 },
  );
}
