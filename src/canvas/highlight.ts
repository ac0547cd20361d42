import type {
  CollectionReturnValue as Collection,
  Core,
  EdgeSingular,
  NodeSingular,
} from 'cytoscape';
import type { Selection } from '../state/viewState';
import { OVERLAY_CLASS } from './timeMarks';
import { fromCyId, toCyId } from '../cy/ids';

/** Above this many elements, hover only outlines the neighbourhood instead of fading everything. */
export const FADE_LIMIT = 4000;

// What each controller marked last, per instance: clearing it never scans the
// graph. Hover and selection use their own classes (hover / sel-hood), so
// neither can undo the other.
const hoverMarks = new WeakMap<Core, { faded: Collection; hood: Collection }>();
const selectionMarks = new WeakMap<
  Core,
  { selected: Collection; hood: Collection; faded: Collection }
>();

export function applyHover(cy: Core, node: NodeSingular | null): void {
  cy.batch(() => {
    const prev = hoverMarks.get(cy);
    if (prev) {
      prev.faded.removeClass('faded');
      prev.hood.removeClass('hover hover-target');
      hoverMarks.delete(cy);
    }
    if (!node || node.removed()) return;
    const hood = node.closedNeighborhood();
    const faded = cy.elements().length <= FADE_LIMIT ? cy.elements().not(hood) : cy.collection();
    faded.addClass('faded');
    hood.addClass('hover');
    // Only the hovered node itself is labelled regardless of room (stylesheet).
    node.addClass('hover-target');
    hoverMarks.set(cy, { faded, hood });
  });
}

/** Removes the selection marks (before the elements they name may be removed). */
export function clearSelection(cy: Core): void {
  const prev = selectionMarks.get(cy);
  if (!prev) return;
  cy.batch(() => {
    prev.selected.removeClass('selected');
    prev.hood.removeClass('sel-hood');
    prev.faded.removeClass('sel-faded');
  });
  selectionMarks.delete(cy);
}

/**
 * Marks the selection and its neighbourhood; removes the previous marks.
 * `fade: false` leaves the rest as it is (a simplified big graph, whose
 * relations are on the canvas only around the selection: restyling every
 * entity would cost a hub's click most of its time).
 */
export function applySelection(cy: Core, selection: Selection, fade = true): void {
  cy.batch(() => {
    clearSelection(cy);
    if (!selection) return;
    const ele = cy.getElementById(toCyId(selection.id));
    if (ele.empty()) return;
    ele.addClass('selected');
    const hood: Collection = ele.isNode()
      ? ele.connectedEdges().union(ele.neighborhood('node'))
      : cy.collection().union(cy.getElementById(toCyId(selection.id)).connectedNodes());
    hood.addClass('sel-hood');
    // As hover does: the rest fades (not on big graphs, where it would redraw everything).
    const faded =
      fade && cy.elements().length <= FADE_LIMIT
        ? cy.elements().not(hood).not(ele)
        : cy.collection();
    faded.addClass('sel-faded');
    selectionMarks.set(cy, { selected: ele, hood, faded });
  });
}

/**
 * Hides everything outside the visible sets (display: none keeps positions).
 * Only elements whose state changes are touched, in one call per direction.
 * Returns how many nodes and edges on the canvas are left shown.
 */
export function applyVisibility(
  cy: Core,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string>,
): { nodes: number; edges: number } {
  const hide = cy.collection();
  const show = cy.collection();
  const shown = { nodes: 0, edges: 0 };
  const sort = (ele: NodeSingular | EdgeSingular, visible: boolean) => {
    const hidden = ele.hasClass('hidden');
    if (visible && hidden) show.merge(ele);
    else if (!visible && !hidden) hide.merge(ele);
  };
  cy.nodes().forEach((n) => {
    const v = nodes.has(fromCyId(n.id()));
    if (v) shown.nodes++;
    sort(n, v);
  });
  cy.edges().forEach((e) => {
    if (e.hasClass(OVERLAY_CLASS)) return; // drawn by the marks, not by the data
    const v = edges.has(fromCyId(e.id()));
    if (v) shown.edges++;
    sort(e, v);
  });
  if (hide.empty() && show.empty()) return shown;
  cy.batch(() => {
    hide.addClass('hidden');
    show.removeClass('hidden');
  });
  return shown;
}
