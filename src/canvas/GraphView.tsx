import type { Core, ElementDefinition, EventObject, Layouts, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { forceInput } from '../cy/elements';
import { forceLayoutInWorker } from '../cy/forceClient';
import { ANIMATE_BELOW, builtinLayout, presetLayout } from '../cy/layouts';
import { timelinePositions, type Positions } from '../cy/timeline';
import type { Visible } from '../graph/filter';
import type { ParleyGraph } from '../graph/types';
import type { LayoutName, Point, Selection } from '../state/viewState';
import { CytoscapeLeaf } from './CytoscapeLeaf';
import { NodeCard } from './NodeCard';
import { frameMainNodes, isPhone, keepInView, mainNodesViewport } from './phoneView';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { applyHover, applySelection, applyVisibility, clearSelection } from './highlight';
import { installHitGrid } from './hitGrid';
import { applyEncoding, type NodeEncoding } from './encoding';
import { applyMarks, type CanvasMarks } from './timeMarks';
import { installLabels, labelledElements, visibleLabelBoxes } from './labels';
import { applyPath, framePath, type PathMarks } from './pathHighlight';
import { addLayoutEdges, edgesAround, indexEdges, syncEdges } from './lodEdges';
import { fromCyId, toCyId } from '../cy/ids';
import { applyPins, installPinning, lockPinned } from './pins';
import { grewFrom, placeGrown, placeNewcomers, revealGrown } from './growth';
import { yieldToPage } from '../data/yieldToPage';

import { LOD_ABOVE, isLarge } from './lod';

export { LOD_ABOVE };
/** Above this many entities, elements are added progressively after the force layout. */
export const PROGRESSIVE_ABOVE = 400;
/** The first slice is small: its cost calibrates the next ones (about `ms` each). */
const BIG_SLICES = { first: 100, ms: 60, min: 200 };
/**
 * Small graphs drawn at precomputed positions (the bundled dataset) are added
 * in slices too, short ones: drawing them at once was one task of 300–500 ms
 * before the page could answer input (Lighthouse's total blocking time).
 */
const SMALL_SLICES = { first: 10, ms: 25, min: 10 };
const NO_ELEMENTS: ElementDefinition[] = [];

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

/** The zoom level selecting an entity brings the view to (if it is further out). */
export const SELECTION_ZOOM = 0.85;
/** Big graphs: the closest zoom framing a selection and its neighbours may reach. */
export const SELECTION_ZOOM_MAX = 1.5;

export interface GraphViewProps {
  graph: ParleyGraph;
  elements: ElementDefinition[];
  visible: Visible;
  selection: Selection;
  layout: LayoutName;
  /** Changes whenever the view should centre on the selection (search, panel, history). */
  centerNonce: number;
  /** Changes whenever the viewport should fit the visible graph (focus, reset). */
  fitNonce: number;
  onSelect: (selection: Selection) => void;
  onFocus: (id: string) => void;
  onCy: (cy: Core | null) => void;
  /** A connection to highlight (the rest fades); framed whenever it changes. */
  path?: PathMarks | null;
  /** "Size by" / "Colour by": node sizes and colours other than degree and type. */
  encoding?: NodeEncoding | null;
  /** Room a panel takes over the canvas, kept clear when framing the path. */
  pathInsets?: () => { left?: number; bottom?: number; top?: number };
  onStatus?: (status: string) => void;
  /** "As of" fading and titles, the open thread. */
  marks?: CanvasMarks;
  /** Force positions the elements already carry (precomputed): no layout runs for the first draw. */
  precomputed?: Positions | undefined;
  /** The page theme: the canvas stylesheet follows it. */
  theme?: 'light' | 'dark';
  /**
   * What layouts follow (the filtered, focused set): changes beyond it — Show
   * neighbours, Hide — keep everyone's place instead of laying out again.
   */
  layoutBase?: Visible;
  /** Entities whose neighbours were shown: their newcomers are placed around them. */
  expanded?: ReadonlySet<string>;
  /** Nodes placed by hand, kept there through relayouts (with a pin mark). */
  pinned?: ReadonlyMap<string, Point>;
  /** A node (or several) was dragged and dropped: pin them there. */
  onPin?: (positions: Map<string, Point>) => void;
}

const NO_PINS: ReadonlyMap<string, Point> = new Map();
const NONE: ReadonlySet<string> = new Set();

/**
 * The graph region: owns the Cytoscape instance, binds its handlers once,
 * and applies visibility, selection and layouts imperatively.
 */
export function GraphView(props: GraphViewProps) {
  const { graph, elements, visible, selection, layout, centerNonce, fitNonce, path } = props;
  const lod = isLarge(graph.order, graph.size);
  const lodNow = useRef(lod); // read by canvas event handlers installed once
  lodNow.current = lod;
  const [cy, setCy] = useState<Core | null>(null);
  const [busy, setBusyState] = useState(true);
  const busyRef = useRef(true);
  const setBusy = useCallback((b: boolean) => {
    busyRef.current = b;
    setBusyState(b);
  }, []);
  const [status, setStatus] = useState('Laying out the graph…');
  // Cytoscape is created in a task after the one that mounts the region (and
  // the explorer around it): creating it reads the new layout and parses the
  // stylesheet, and together they were one long task at start-up.
  const [canvasDue, setCanvasDue] = useState(false);
  useEffect(() => {
    let live = true;
    void yieldToPage().then(() => live && setCanvasDue(true));
    return () => {
      live = false;
    };
  }, []);
  const containerRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const forceCache = useRef(new WeakMap<ParleyGraph, Positions>());
  const layoutRun = useRef(0);
  const running = useRef<Layouts | null>(null);
  const unlockPins = useRef<(() => void) | null>(null);
  /** The graph whose nodes already stand at their force positions (no layout to run). */
  const drawnWith = useRef<ParleyGraph | null>(null);
  /** The graph whose layout last landed: a graph grown from it keeps its positions. */
  const settled = useRef<ParleyGraph | null>(null);

  // Graphs whose first view was made (a phone zooms it in on the main entities, once).
  const phoneFramed = useRef(new WeakSet<ParleyGraph>());
  const onCy = useCallback((instance: Core) => {
    setCy((prev) => (prev === instance ? prev : instance));
  }, []);

  useEffect(() => {
    callbacks.current.onCy(cy);
    return () => callbacks.current.onCy(null);
  }, [cy]);

  // Handlers: bound once per instance, reading the latest callbacks from a ref.
  useEffect(() => {
    if (!cy) return;
    // flushSync: the details panel updates before Cytoscape's next (possibly slow) frame.
    const tapNode = (e: EventObject) =>
      flushSync(() => callbacks.current.onSelect({ kind: 'entity', id: fromCyId(e.target.id()) }));
    const tapEdge = (e: EventObject) =>
      flushSync(() =>
        callbacks.current.onSelect({ kind: 'relation', id: fromCyId(e.target.id()) }),
      );
    const tapBackground = (e: EventObject) => {
      if (e.target === cy) callbacks.current.onSelect(null);
    };
    const dblNode = (e: EventObject) => callbacks.current.onFocus(fromCyId(e.target.id()));
    // Hover highlighting redraws the whole canvas: skipped for big graphs.
    const hoverable = () => !lodNow.current;
    const over = (e: EventObject) => {
      if (hoverable()) applyHover(cy, e.target as NodeSingular);
    };
    const out = () => {
      if (hoverable()) applyHover(cy, null);
    };
    cy.on('tap', 'node', tapNode);
    cy.on('tap', 'edge', tapEdge);
    cy.on('tap', tapBackground);
    cy.on('dbltap', 'node', dblNode);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    return () => {
      if (cy.destroyed()) return;
      cy.removeListener('tap', 'node', tapNode);
      cy.removeListener('tap', 'edge', tapEdge);
      cy.removeListener('tap', tapBackground);
      cy.removeListener('dbltap', 'node', dblNode);
      cy.removeListener('mouseover', 'node', over);
      cy.removeListener('mouseout', 'node', out);
    };
  }, [cy]);

  // Priority labels, refreshed after each settled zoom or pan (and below).
  const labels = useRef<ReturnType<typeof installLabels> | null>(null);
  useEffect(() => {
    if (!cy) return;
    const l = installLabels(cy, () => lodNow.current);
    labels.current = l;
    return () => {
      l.stop();
      labels.current = null;
    };
  }, [cy]);

  // Dragging pins (big graphs' nodes are not draggable, see below).
  const pinning = useRef<ReturnType<typeof installPinning> | null>(null);
  useEffect(() => {
    if (!cy) return;
    const p = installPinning(cy, (positions) => callbacks.current.onPin?.(positions));
    pinning.current = p;
    return () => {
      p.stop();
      pinning.current = null;
    };
  }, [cy]);

  // Cytoscape does not notice container resizes. A phone's sheet opening
  // under the graph shrinks it: the selection is panned back into view.
  useEffect(() => {
    const el = containerRef.current;
    if (!cy || !el) return;
    const ro = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      cy.resize();
      const sel = callbacks.current.selection;
      if (sel?.kind === 'entity') keepInView(cy, sel.id);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [cy]);

  // Big graphs are drawn progressively: force positions first (in the
  // worker), then elements added slice by slice, one slice per frame, so the
  // page never freezes. Small graphs with precomputed positions too (in
  // smaller slices, already framed and labelled, with no layout to run).
  // Other small graphs go through react-cytoscapejs at once.
  const small = graph.order <= PROGRESSIVE_ABOVE;
  const progressive = !small || props.precomputed !== undefined;
  const edgeIndex = useMemo(() => (lod ? indexEdges(elements) : null), [lod, elements]);
  // Grabbing a node redraws the whole canvas on press and on release: big graphs' nodes stay put.
  useEffect(() => {
    cy?.autoungrabify(lod);
  }, [cy, lod]);
  // And Cytoscape's hit test, which checks every element, gets a grid index.
  useEffect(() => (cy && lod ? installHitGrid(cy) : undefined), [cy, lod]);
  const [drawnElements, setDrawnElements] = useState<ElementDefinition[] | null>(null);
  const ready = !progressive || drawnElements === elements;
  useEffect(() => {
    if (!cy || !progressive) return;
    let cancelled = false;
    const alive = () => !cancelled && !cy.destroyed();
    setBusy(true);
    performance.mark('parley:layout-start');
    setStatus(`Laying out ${graph.order.toLocaleString('en')} entities…`);
    void (async () => {
      let positions = forceCache.current.get(graph) ?? callbacks.current.precomputed;
      if (positions) forceCache.current.set(graph, positions);
      else {
        positions = await forceLayoutInWorker(forceInput(elements)).catch((err: unknown) => {
          console.warn(err); // keep the spiral start positions
          return undefined;
        });
        if (positions) forceCache.current.set(graph, positions);
      }
      // A task of its own: not the one that mounted the canvas.
      await yieldToPage();
      if (!alive()) return;
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
        if (!phoneFramed.current.has(graph)) {
          phoneFramed.current.add(graph);
          if (isPhone()) frameMainPositions(cy, ordered, positions);
        }
        defs = labelledElements(cy, ordered, positions);
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
        if (!alive()) return;
      }
      drawnWith.current = positions ? graph : null;
      setDrawnElements(elements);
    })();
    return () => {
      cancelled = true;
    };
  }, [cy, progressive, small, lod, elements, graph, setBusy]);

  // What Cytoscape actually holds and shows is mirrored on the region for
  // tests and tools: entities shown, relations on the canvas and not filtered
  // out (for big graphs, only those around the selection are on the canvas).
  // Newcomers from "Show neighbours" are placed around the entity they came from.
  const shownBefore = useRef<{ nodes: ReadonlySet<string>; expanded: ReadonlySet<string> } | null>(
    null,
  );
  useEffect(() => {
    if (!cy || !ready) return;
    const expanded = callbacks.current.expanded ?? NONE;
    const now = { nodes: visible.nodes, expanded };
    if (shownBefore.current) placeNewcomers(cy, graph, shownBefore.current, now);
    shownBefore.current = now;
    const shown = applyVisibility(cy, visible.nodes, visible.edges);
    containerRef.current?.setAttribute('data-visible-nodes', String(shown.nodes));
    containerRef.current?.setAttribute('data-canvas-edges', String(shown.edges));
  }, [cy, graph, visible, elements, ready]);

  useEffect(() => {
    if (!cy || !ready) return;
    if (edgeIndex) {
      clearSelection(cy); // its marks may name relations about to leave the canvas
      // The highlighted path's relations join the canvas too.
      const pathEdges = (path?.edges ?? []).flatMap((id) => edgeIndex.byId.get(toCyId(id)) ?? []);
      const wanted = [...edgesAround(edgeIndex, selection), ...pathEdges];
      syncEdges(cy, wanted, callbacks.current.visible.edges);
      const onCanvas = cy.edges().not('.hidden').length;
      containerRef.current?.setAttribute('data-canvas-edges', String(onCanvas));
    }
    applySelection(cy, selection);
    if (!busyRef.current) labels.current?.refresh(); // only the selection's neighbours, where they fit
    const marked = selection && cy.getElementById(toCyId(selection.id)).hasClass('selected');
    containerRef.current?.setAttribute('data-selected', marked ? selection.id : '');
    applyPath(cy, path);
    const onPath = cy.elements('.on-path').map((e) => fromCyId(e.id()));
    containerRef.current?.setAttribute('data-path', onPath.join(' '));
  }, [cy, selection, elements, ready, edgeIndex, path]);

  const { encoding } = props;
  useEffect(() => {
    if (!cy || !ready) return;
    applyEncoding(cy, encoding);
    containerRef.current?.setAttribute(
      'data-encoding',
      `${encoding?.sizes ? 'size' : ''}${encoding?.colours ? ' colour' : ''}`.trim(),
    );
  }, [cy, ready, encoding, elements]);

  const pinned = props.pinned ?? NO_PINS;
  useEffect(() => {
    if (!cy || !ready) return;
    applyPins(cy, pinned, pinning.current?.home ?? new Map());
    containerRef.current?.setAttribute('data-pinned', [...pinned.keys()].join(' '));
  }, [cy, ready, pinned, elements]);

  const { marks } = props;
  useEffect(() => {
    if (!cy || !ready) return;
    applyMarks(cy, marks ?? {}, layout === 'timeline');
    const el = containerRef.current;
    el?.setAttribute('data-thread-links', String(cy.edges('.thread-link').length));
    el?.setAttribute('data-later', String(cy.elements('.later').length));
    el?.setAttribute('data-titled', String(cy.nodes('.titled').length));
  }, [cy, ready, marks, layout, elements]);

  // Test hook: where a node is drawn, relative to the region (canvas clicks need coordinates).
  useEffect(() => {
    const el = containerRef.current as
      (HTMLDivElement & Record<`__parley${string}`, unknown>) | null;
    if (!cy || !el) return;
    el.__parleyNodePosition = (id: string) => {
      const n = cy.getElementById(toCyId(id));
      return n.empty() ? null : n.renderedPosition();
    };
    el.__parleyZoom = () => cy.zoom();
    // Model positions of the shown nodes (unchanged by pan and zoom).
    el.__parleyModelPositions = () =>
      Object.fromEntries(
        cy
          .nodes()
          .not('.hidden')
          .map((n) => [fromCyId(n.id()), { ...(n as NodeSingular).position() }]),
      );
    // Labelled nodes with their on-screen font size and node diameter, px.
    el.__parleyLabels = () =>
      cy
        .nodes('.label-on')
        .not('.hidden')
        .map((n) => ({
          id: n.id(),
          label: String(n.style('label')),
          fontPx: parseFloat(String(n.style('font-size'))) * cy.zoom(),
          sizePx: n.renderedWidth(),
        }));
    el.__parleyLabelBoxes = () => visibleLabelBoxes(cy);
    el.__parleyNodeSizes = () =>
      cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false), sizePx: n.renderedWidth() }));
    el.__parleyLabelColor = () => String(cy.nodes().first().style('color'));
    el.__parleyArrowheads = () =>
      cy.edges().filter((e) => e.style('target-arrow-shape') !== 'none').length;
    return () => {
      delete el.__parleyArrowheads;
      delete el.__parleyNodePosition;
      delete el.__parleyZoom;
      delete el.__parleyModelPositions;
      delete el.__parleyLabels;
      delete el.__parleyNodeSizes;
      delete el.__parleyLabelBoxes;
      delete el.__parleyLabelColor;
    };
  }, [cy]);

  // Centre on the selection — after the running layout, whose fit would undo it.
  const pendingCenter = useRef(false);
  const centerOnSelection = useCallback(() => {
    const sel = callbacks.current.selection;
    if (!cy || cy.destroyed() || !sel) return;
    const ele = cy.getElementById(toCyId(sel.id));
    if (ele.empty() || ele.hasClass('hidden')) return;
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
  }, [cy, lod]);

  // Frame the path — like centring, after the running layout.
  const pendingFrame = useRef(false);
  const frameThePath = useCallback(() => {
    const p = callbacks.current.path;
    if (!cy || cy.destroyed() || !p) return;
    framePath(cy, p.nodes, callbacks.current.pathInsets?.());
  }, [cy]);
  useEffect(() => {
    if (!cy || !path) return;
    if (running.current || busyRef.current) pendingFrame.current = true;
    else frameThePath();
  }, [cy, path, frameThePath]);

  // Layouts: run by us through the instance, the previous one stopped first.
  // Force positions are computed once per graph (in a worker) and reused;
  // the other layouts follow the visible set.
  const selectedEntity = selection?.kind === 'entity' ? selection.id : undefined;
  const layoutSelection = layout === 'breadthfirst' ? selectedEntity : undefined;
  const layoutVisible = layout === 'force' ? undefined : (props.layoutBase ?? visible);
  useEffect(() => {
    if (!cy || !ready) return;
    const run = ++layoutRun.current;
    running.current?.stop();
    // Every node stands where this graph's layout puts it.
    const landed = () => {
      settled.current = graph;
      performance.mark('parley:layout-done');
      setBusy(false);
      setStatus(`${cy.nodes().not('.hidden').length} entities drawn`);
    };
    if (layout === 'force' && drawnWith.current === graph) {
      // Progressive drawing (or precomputed positions) already placed every node.
      drawnWith.current = null;
      landed();
      if (pendingFrame.current) {
        pendingFrame.current = false;
        frameThePath();
      }
      return;
    }
    drawnWith.current = null;
    const before = settled.current;
    if (layout === 'force' && !progressive && before && grewFrom(before, graph)) {
      // One more hop from a store: the view stays, the newcomers come out of the entity they joined.
      const positions = placeGrown(cy, before, graph);
      forceCache.current.set(graph, positions);
      revealGrown(cy, before, positions);
      landed();
      return;
    }
    setBusy(true);
    performance.mark('parley:layout-start');
    const animate = cy.nodes().length < ANIMATE_BELOW;
    const shown = cy.elements().not('.hidden');
    const start = (opts: Parameters<Core['layout']>[0], eles = shown, after?: () => void) => {
      if (run !== layoutRun.current || cy.destroyed()) return;
      // A stopped layout may never report its stop: whatever it locked is unlocked here.
      unlockPins.current?.();
      const unlock = lockPinned(cy, pinning.current?.home ?? new Map());
      unlockPins.current = unlock;
      const l = eles.layout(opts);
      running.current = l;
      l.one('layoutstop', () => {
        unlock();
        after?.();
        if (run !== layoutRun.current) return;
        running.current = null;
        landed();
        if (!phoneFramed.current.has(graph)) {
          phoneFramed.current.add(graph);
          if (isPhone()) frameMainNodes(cy);
        }
        if (pendingCenter.current) {
          pendingCenter.current = false;
          centerOnSelection();
        }
        if (pendingFrame.current) {
          pendingFrame.current = false;
          frameThePath();
        }
      });
      l.run();
    };
    if (layout === 'force') {
      const cached = forceCache.current.get(graph);
      if (cached) return start(presetLayout(cached, animate), cy.elements());
      setStatus(`Laying out ${graph.order} entities…`);
      forceLayoutInWorker(forceInput(elements))
        .then((positions) => {
          forceCache.current.set(graph, positions);
          start(presetLayout(positions, animate), cy.elements());
        })
        .catch((err: unknown) => {
          // Worker unavailable: fall back to Cytoscape's own force layout.
          console.warn(err);
          start({
            name: 'cose',
            animate: false,
            fit: true,
            padding: 40,
            randomize: false,
          } as Parameters<Core['layout']>[0]);
        });
    } else if (layout === 'timeline') {
      // Everything shown, Show neighbours' additions included.
      start(presetLayout(timelinePositions(graph, callbacks.current.visible.nodes), animate));
    } else {
      // Breadth-first follows the relations, which big graphs keep off the
      // canvas: the visible ones join it, undrawn, for the layout's duration.
      const scaffold =
        layout === 'breadthfirst' && edgeIndex && layoutVisible
          ? addLayoutEdges(cy, edgeIndex, layoutVisible.edges)
          : null;
      start(
        builtinLayout(layout, { animate, ...(layoutSelection ? { root: layoutSelection } : {}) }),
        scaffold ? shown.union(scaffold) : shown,
        scaffold ? () => void cy.remove(scaffold) : undefined,
      );
    }
  }, [
    cy,
    ready,
    graph,
    elements,
    layout,
    layoutVisible,
    layoutSelection,
    edgeIndex,
    progressive,
    setBusy,
    centerOnSelection,
    frameThePath,
  ]);

  useEffect(() => {
    if (!cy || !centerNonce) return;
    if (running.current || busyRef.current) pendingCenter.current = true;
    else centerOnSelection();
  }, [cy, centerNonce, centerOnSelection]);

  useEffect(() => {
    if (!cy || !fitNonce) return;
    cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding: 40 } }, { duration: 350 });
  }, [cy, fitNonce]);

  // Relabel when what is shown changes or a layout lands.
  useEffect(() => {
    if (ready && !busy) labels.current?.refresh();
  }, [visible, busy, ready, cy]);

  const keyboard = useCanvasKeyboard(cy, graph, selection, props.onSelect);

  const { onStatus } = props;
  useEffect(() => {
    onStatus?.(busy ? 'busy' : status);
  }, [busy, status, onStatus]);

  return (
    <div
      ref={containerRef}
      id="graph"
      className="graph"
      data-testid="graph"
      role="region"
      aria-label="Graph"
      aria-roledescription="graph canvas"
      aria-busy={busy}
      aria-describedby="graph-keys"
      tabIndex={0}
      onKeyDown={keyboard.onKeyDown}
      onFocus={keyboard.onFocus}
      onBlur={keyboard.onBlur}
    >
      <p id="graph-keys" className="visually-hidden">
        Arrow keys move to the neighbouring entity in that direction; Enter selects it.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="graph-live">
        {keyboard.announcement}
      </p>
      {canvasDue && (
        <CytoscapeLeaf
          elements={progressive ? NO_ELEMENTS : elements}
          onCy={onCy}
          fastViewport={lod}
          theme={props.theme ?? 'light'}
        />
      )}
      <NodeCard cy={cy} graph={graph} keyboardId={keyboard.focusId} />
      {busy && (
        <div className="graph-progress" role="status">
          <span className="spinner" aria-hidden="true" /> {status}
        </div>
      )}
    </div>
  );
}
