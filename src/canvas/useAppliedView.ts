import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { fromCyId, toCyId } from '../cy/ids';
import type { Visible } from '../graph/filter';
import type { ParleyGraph } from '../graph/types';
import type { LayoutName, Point, Selection } from '../state/viewState';
import { afterPaint } from './afterPaint';
import { applyEncoding, type NodeEncoding } from './encoding';
import { placeNewcomers } from './growth';
import { applySelection, applyVisibility, clearSelection } from './highlight';
import { edgesAround, syncEdges, type indexEdges } from './lodEdges';
import { applyPath, type PathMarks } from './pathHighlight';
import { applyPins } from './pins';
import { applyMarks, type CanvasMarks } from './timeMarks';

const NONE: ReadonlySet<string> = new Set();

interface Applied {
  graph: ParleyGraph;
  elements: ElementDefinition[];
  visible: Visible;
  selection: Selection;
  path: PathMarks | null | undefined;
  /** Big graphs: relations by node, to put on the canvas only those around the selection. */
  edgeIndex: ReturnType<typeof indexEdges> | null;
  encoding: NodeEncoding | null | undefined;
  pinned: ReadonlyMap<string, Point>;
  /** Where pinned nodes were before they were pinned (to put them back). */
  pinHome: () => Map<string, Point>;
  marks: CanvasMarks | undefined;
  layout: LayoutName;
  /** Re-places the labels (only the selection's neighbours, where they fit), unless drawing. */
  refreshLabels: () => void;
}

/**
 * What the view state says is applied to the canvas imperatively, each in
 * one batch, once the elements are drawn (`ready`). What Cytoscape then holds
 * is mirrored on the region as data attributes, for tests and tools.
 */
export function useAppliedView(
  cy: Core | null,
  ready: boolean,
  region: { current: HTMLDivElement | null },
  latest: { current: { expanded?: ReadonlySet<string> | undefined; visible: Visible } },
  v: Applied,
): void {
  const { graph, elements, visible, selection, path, edgeIndex, encoding, pinned, marks, layout } =
    v;
  // What Cytoscape actually holds and shows is mirrored on the region for
  // tests and tools: entities shown, relations on the canvas and not filtered
  // out (for big graphs, only those around the selection are on the canvas).
  // Newcomers from "Show neighbours" are placed around the entity they came from.
  const refreshLabels = useRef(v.refreshLabels);
  refreshLabels.current = v.refreshLabels;
  const shownBefore = useRef<{ nodes: ReadonlySet<string>; expanded: ReadonlySet<string> } | null>(
    null,
  );
  useEffect(() => {
    if (!cy || !ready) return;
    const expanded = latest.current.expanded ?? NONE;
    const now = { nodes: visible.nodes, expanded };
    if (shownBefore.current) placeNewcomers(cy, graph, shownBefore.current, now);
    shownBefore.current = now;
    const shown = applyVisibility(cy, visible.nodes, visible.edges);
    region.current?.setAttribute('data-visible-nodes', String(shown.nodes));
    region.current?.setAttribute('data-canvas-edges', String(shown.edges));
  }, [cy, graph, visible, elements, ready, region, latest]);

  useEffect(() => {
    if (!cy || !ready) return;
    const apply = () =>
      applySelectionMarks(cy, selection, edgeIndex, path, region, latest, refreshLabels);
    // A big graph's selection brings hundreds of relations onto the canvas:
    // that waits for the frame that shows the Details (a hub's click ≤ 300 ms).
    if (!edgeIndex) return apply();
    return afterPaint(apply);
  }, [cy, selection, elements, ready, edgeIndex, path, region, latest]);

  useEffect(() => {
    if (!cy || !ready) return;
    applyEncoding(cy, encoding);
    region.current?.setAttribute(
      'data-encoding',
      `${encoding?.sizes ? 'size' : ''}${encoding?.colours ? ' colour' : ''}`.trim(),
    );
  }, [cy, ready, encoding, elements, region]);

  useEffect(() => {
    if (!cy || !ready) return;
    applyPins(cy, pinned, v.pinHome());
    region.current?.setAttribute('data-pinned', [...pinned.keys()].join(' '));
  }, [cy, ready, pinned, elements, region, v]);

  useEffect(() => {
    if (!cy || !ready) return;
    applyMarks(cy, marks ?? {}, layout === 'timeline');
    const el = region.current;
    el?.setAttribute('data-thread-links', String(cy.edges('.thread-link').length));
    el?.setAttribute('data-later', String(cy.elements('.later').length));
    el?.setAttribute('data-titled', String(cy.nodes('.titled').length));
  }, [cy, ready, marks, layout, elements, region]);
}

/** The selection, its neighbourhood and the highlighted path marked on the canvas, and mirrored on the region. */
function applySelectionMarks(
  cy: Core,
  selection: Selection,
  edgeIndex: ReturnType<typeof indexEdges> | null,
  path: PathMarks | null | undefined,
  region: { current: HTMLDivElement | null },
  latest: { current: { visible: Visible } },
  refreshLabels: { current: () => void },
): void {
  if (cy.destroyed()) return;
  if (edgeIndex) {
    clearSelection(cy); // its marks may name relations about to leave the canvas
    // The highlighted path's relations join the canvas too.
    const pathEdges = (path?.edges ?? []).flatMap((id) => edgeIndex.byId.get(toCyId(id)) ?? []);
    const wanted = [...edgesAround(edgeIndex, selection), ...pathEdges];
    syncEdges(cy, wanted, latest.current.visible.edges);
    const onCanvas = cy.edges().not('.hidden').length;
    region.current?.setAttribute('data-canvas-edges', String(onCanvas));
  }
  applySelection(cy, selection, !edgeIndex);
  refreshLabels.current();
  const marked = selection && cy.getElementById(toCyId(selection.id)).hasClass('selected');
  region.current?.setAttribute('data-selected', marked ? selection.id : '');
  applyPath(cy, path);
  const onPath = cy.elements('.on-path').map((e) => fromCyId(e.id()));
  region.current?.setAttribute('data-path', onPath.join(' '));
}
