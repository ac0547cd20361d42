import type { Core, ElementDefinition } from 'cytoscape';
import { forceInput } from '../cy/elements';
import { forceLayoutInWorker } from '../cy/forceClient';
import { provisionalPositions } from '../cy/provisional';
import type { Positions } from '../cy/timeline';
import { formatCount } from '../data/text';
import { yieldToPage } from '../data/yieldToPage';
import type { ParleyGraph } from '../graph/types';
import { labelledElements } from './labels';
import { addQuietly } from './quietDraw';
import { clearViewport, overlayTop } from './fitClear';
import { isPhone, mainNodesViewport } from './phoneView';

/** A fresh copy (Cytoscape writes into what it is given), at its force position. */
function freshElement(
  d: ElementDefinition,
  positions: Positions | undefined,
  lod: boolean,
): ElementDefinition {
  const p = d.group === 'nodes' ? (positions?.[String(d.data.id)] ?? d.position) : undefined;
  return {
    group: d.group,
    data: { ...d.data },
    ...(p ? { position: { x: p.x, y: p.y } } : {}),
    classes: lod ? `${String(d.classes ?? '')} lod` : d.classes,
  };
}

/**
 * Sets zoom and pan so the given positions fill the view, clear of the
 * toolbar over its top, before anything is drawn.
 */
function fitToPositions(cy: Core, nodes: ElementDefinition[], positions: Positions | undefined) {
  const points = nodes.flatMap((d) => {
    const p = d.group === 'nodes' ? (positions?.[String(d.data.id)] ?? d.position) : undefined;
    return p ? [{ x: p.x, y: p.y, size: Number(d.data.size) || 0 }] : [];
  });
  const v = clearViewport(
    points,
    { width: cy.width(), height: cy.height(), top: overlayTop(cy.container()) },
    { min: cy.minZoom(), max: 1 },
  );
  if (v) cy.viewport(v);
}

/** A phone's first view over precomputed positions, before anything is drawn (see phoneView.ts). */
function frameMainPositions(cy: Core, nodes: ElementDefinition[], positions: Positions) {
  const placed = nodes.flatMap((d) => {
    const p = d.group === 'nodes' ? (positions[String(d.data.id)] ?? d.position) : undefined;
    return p ? [{ ...p, size: Number(d.data.size) || 20, degree: Number(d.data.degree) || 0 }] : [];
  });
  const v = mainNodesViewport(placed, {
    width: cy.width(),
    height: cy.height(),
    zoom: cy.zoom(),
    top: overlayTop(cy.container()),
  });
  if (v) cy.viewport(v);
}

interface DrawOptions {
  cy: Core;
  graph: ParleyGraph;
  elements: ElementDefinition[];
  /** At most PROGRESSIVE_ABOVE entities (drawn at precomputed positions, in short slices). */
  small: boolean;
  /** Level of detail: relations join the canvas only around the selection. */
  lod: boolean;
  /** Force positions computed once per graph. */
  cache: WeakMap<ParleyGraph, Positions>;
  precomputed: Positions | undefined;
  /** The positions are the file's own layout: shown whole, on a phone too. */
  whole?: boolean | undefined;
  /** Graphs whose first view was made (a phone zooms it in on the main entities, once). */
  phoneFramed: WeakSet<ParleyGraph>;
  /** False once the draw is cancelled (a new graph, the canvas gone). */
  alive: () => boolean;
  setStatus: (status: string) => void;
}

export interface Drawn {
  /** Where the nodes were drawn. */
  positions: Positions | undefined;
  /**
   * The force positions still being computed in the worker, when the graph
   * was drawn at provisional ones (undefined if the worker failed).
   */
  refine?: Promise<Positions | undefined>;
}

/**
 * Draws a graph progressively: at its force positions when known (cached or
 * precomputed), otherwise at once at provisional ones while the worker
 * computes them; the view framed first, then elements added slice by slice,
 * one slice per frame, so the page never freezes. Resolves with the positions
 * drawn at, or null when cancelled.
 */
export async function drawProgressively(o: DrawOptions): Promise<Drawn | null> {
  const { cy, graph, elements, small, lod, alive, setStatus } = o;
  let positions = o.cache.get(graph) ?? o.precomputed;
  let refine: Drawn['refine'];
  if (positions) o.cache.set(graph, positions);
  else {
    // Usable at once: drawn, searchable and selectable while the layout runs.
    const input = forceInput(elements);
    refine = forceLayoutInWorker(input).then(
      (p) => (o.cache.set(graph, p), p),
      (err: unknown) => (console.warn(err), undefined), // keep the provisional positions
    );
    positions = provisionalPositions(input);
  }
  // A task of its own: not the one that mounted the canvas.
  await yieldToPage();
  if (!alive()) return null;
  cy.elements().remove();
  // Level of detail: relations join the canvas only around the selection.
  const ordered = [
    ...elements.filter((e) => e.group === 'nodes'),
    ...(lod ? [] : elements.filter((e) => e.group === 'edges')),
  ];
  fitToPositions(cy, ordered, positions);
  let defs = ordered;
  if (small && positions) {
    // A phone's first view zooms in on the main entities (once per graph);
    // labels are chosen for that view before anything is drawn.
    if (!o.phoneFramed.has(graph) && !o.whole) {
      o.phoneFramed.add(graph);
      if (isPhone()) frameMainPositions(cy, ordered, positions);
    }
    defs = labelledElements(cy, ordered, positions);
  }
  // Added quietly and drawn once, complete (quietDraw.ts).
  const fresh = defs.map((d) => freshElement(d, positions, lod));
  const done = await addQuietly(cy, fresh, {
    alive,
    onProgress: (n) =>
      setStatus(`Drawing ${formatCount(n)} of ${formatCount(fresh.length)} elements…`),
  });
  if (!done) return null;
  performance.mark('parley:drawn');
  return { positions, refine };
}
