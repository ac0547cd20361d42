import type { Core, ElementDefinition } from 'cytoscape';
import { forceInput } from '../cy/elements';
import { forceLayoutInWorker } from '../cy/forceClient';
import type { Positions } from '../cy/timeline';
import { yieldToPage } from '../data/yieldToPage';
import type { ParleyGraph } from '../graph/types';
import { labelledElements } from './labels';
import { addQuietly } from './quietDraw';
import { isPhone, mainNodesViewport } from './phoneView';

/** The first slice is small: its cost calibrates the next ones (about `ms` each). */
const BIG_SLICES = { first: 100, ms: 60, min: 200 };
/**
 * Small graphs drawn at precomputed positions (the bundled dataset) are added
 * in slices too, short ones: drawing them at once was one task of 300–500 ms
 * before the page could answer input (Lighthouse's total blocking time).
 */
const SMALL_SLICES = { first: 10, ms: 25, min: 10 };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

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

/** Sets zoom and pan so the given positions fill the view, before anything is drawn. */
function fitToPositions(cy: Core, nodes: ElementDefinition[], positions: Positions | undefined) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const d of nodes) {
    if (d.group !== 'nodes') continue;
    const p = positions?.[String(d.data.id)] ?? d.position;
    if (!p) continue;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return;
  const pad = 40;
  const w = cy.width();
  const h = cy.height();
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(1, (w - 2 * pad) / (maxX - minX || 1), (h - 2 * pad) / (maxY - minY || 1)),
  );
  cy.viewport({
    zoom,
    pan: { x: w / 2 - zoom * ((minX + maxX) / 2), y: h / 2 - zoom * ((minY + maxY) / 2) },
  });
}

/** A phone's first view over precomputed positions, before anything is drawn (see phoneView.ts). */
function frameMainPositions(cy: Core, nodes: ElementDefinition[], positions: Positions) {
  const placed = nodes.flatMap((d) => {
    const p = d.group === 'nodes' ? (positions[String(d.data.id)] ?? d.position) : undefined;
    return p ? [{ ...p, size: Number(d.data.size) || 20, degree: Number(d.data.degree) || 0 }] : [];
  });
  const v = mainNodesViewport(placed, { width: cy.width(), height: cy.height(), zoom: cy.zoom() });
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
  /** Graphs whose first view was made (a phone zooms it in on the main entities, once). */
  phoneFramed: WeakSet<ParleyGraph>;
  /** False once the draw is cancelled (a new graph, the canvas gone). */
  alive: () => boolean;
  setStatus: (status: string) => void;
}

/**
 * Draws a graph progressively: force positions first (in the worker, or
 * precomputed), the view framed on them, then elements added slice by slice,
 * one slice per frame, so the page never freezes. Resolves with the positions
 * drawn at, or null when cancelled.
 */
export async function drawProgressively(
  o: DrawOptions,
): Promise<{ positions: Positions | undefined } | null> {
  const { cy, graph, elements, small, lod, alive, setStatus } = o;
  let positions = o.cache.get(graph) ?? o.precomputed;
  if (positions) o.cache.set(graph, positions);
  else {
    positions = await forceLayoutInWorker(forceInput(elements)).catch((err: unknown) => {
      console.warn(err); // keep the spiral start positions
      return undefined;
    });
    if (positions) o.cache.set(graph, positions);
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
  const slices = small ? SMALL_SLICES : BIG_SLICES;
  let defs = ordered;
  if (small && positions) {
    // A phone's first view zooms in on the main entities (once per graph);
    // labels are chosen for that view before anything is drawn.
    if (!o.phoneFramed.has(graph)) {
      o.phoneFramed.add(graph);
      if (isPhone()) frameMainPositions(cy, ordered, positions);
    }
    defs = labelledElements(cy, ordered, positions);
    // Added quietly and drawn once, complete (quietDraw.ts).
    const fresh = defs.map((d) => freshElement(d, positions, lod));
    const done = await addQuietly(cy, fresh, {
      alive,
      onProgress: (n) =>
        setStatus(
          `Drawing ${n.toLocaleString('en')} of ${fresh.length.toLocaleString('en')} elements…`,
        ),
    });
    return done ? { positions } : null;
  }
  // Slices grow or shrink so that adding one takes about slices.ms.
  let size = slices.first;
  for (let i = 0; i < defs.length;) {
    const started = performance.now();
    const slice = defs.slice(i, i + size).map((d) => freshElement(d, positions, lod));
    // Computing the bounding boxes here spreads that cost over the slices.
    cy.add(slice).boundingBox();
    i += slice.length;
    const took = Math.max(performance.now() - started, 1);
    size = Math.round(
      Math.min(small ? 2 * size : 5000, Math.max(slices.min, (size * slices.ms) / took)),
    );
    setStatus(
      `Drawing ${i.toLocaleString('en')} of ${ordered.length.toLocaleString('en')} elements…`,
    );
    await nextFrame();
    // Small graphs: the next slice in a task of its own, after the frame
    // (Cytoscape's redraw of what is there), so the two are never one long task.
    if (small) await yieldToPage();
    if (!alive()) return null;
  }
  return { positions };
}
