import type { CollectionReturnValue as Collection, Core } from 'cytoscape';
import { toCyId } from '../cy/ids';
import { FADE_LIMIT } from './highlight';

/** The entities and relations of the path to highlight (graph ids). */
export interface PathMarks {
  nodes: readonly string[];
  edges: readonly string[];
}

const marks = new WeakMap<Core, { on: Collection; faded: Collection }>();

/**
 * Marks the path (`on-path`) and fades everything else (`path-faded`; not
 * above FADE_LIMIT elements, as hover), in one
 * batch; the previous marks are removed first, never by scanning the graph.
 * These classes are not hover/selection highlights: an exported picture keeps them.
 */
export function applyPath(cy: Core, path: PathMarks | null | undefined): void {
  cy.batch(() => {
    const prev = marks.get(cy);
    if (prev) {
      prev.on.removeClass('on-path');
      prev.faded.removeClass('path-faded');
      marks.delete(cy);
    }
    if (!path || path.nodes.length === 0) return;
    let on = cy.collection();
    for (const id of [...path.nodes, ...path.edges]) on = on.union(cy.getElementById(toCyId(id)));
    // Restyling thousands of elements costs more than the search: big graphs only mark the path.
    const faded = cy.elements().length <= FADE_LIMIT ? cy.elements().not(on) : cy.collection();
    on.addClass('on-path');
    faded.addClass('path-faded');
    marks.set(cy, { on, faded });
  });
}

/**
 * Frames the path in the part of the canvas not covered by a panel
 * (`insets` in CSS px from each side). Positions, not bounding boxes:
 * a path may run through entities the filters hide.
 */
export function framePath(
  cy: Core,
  nodes: readonly string[],
  insets: { left?: number; bottom?: number; top?: number } = {},
): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of nodes) {
    const n = cy.getElementById(toCyId(id));
    if (n.empty()) continue;
    const p = n.position();
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return;
  const pad = 60;
  const left = insets.left ?? 0;
  const bottom = insets.bottom ?? 0;
  const top = insets.top ?? 0;
  const w = Math.max(cy.width() - left, 120);
  const h = Math.max(cy.height() - bottom - top, 120);
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(1.6, (w - 2 * pad) / (maxX - minX || 1), (h - 2 * pad) / (maxY - minY || 1)),
  );
  const pan = {
    x: left + w / 2 - zoom * ((minX + maxX) / 2),
    y: top + h / 2 - zoom * ((minY + maxY) / 2),
  };
  cy.stop();
  cy.animate({ zoom, pan }, { duration: 350 });
}
