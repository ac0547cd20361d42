// Over 400 lines: the canvas's lifecycle (mount, first draw, layouts, growth, pins, fit and centre) shares one set of refs; what stands alone already moved out (progressiveDraw, useAppliedView, useCanvasEvents, viewport, testHooks).
import type { Core, ElementDefinition, Layouts } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { forceInput } from '../cy/elements';
import { forceLayoutInWorker } from '../cy/forceClient';
import { ANIMATE_BELOW, builtinLayout, presetLayout } from '../cy/layouts';
import { timelinePositions, type Positions } from '../cy/timeline';
import type { ParleyGraph } from '../graph/types';
import type { Point } from '../state/viewState';
import { CytoscapeLeaf } from './CytoscapeLeaf';
import type { GraphViewProps } from './graphViewProps';
import { drawProgressively } from './progressiveDraw';
import { clearFit, clearPreset } from './fitClear';
import { useAppliedView } from './useAppliedView';
import { centreOn } from './viewport';
import { installTestHooks } from './testHooks';
import { useCanvasEvents } from './useCanvasEvents';
import { NodeCard } from './NodeCard';
import { GraphProgress } from './GraphProgress';
import { frameMainNodes, isPhone, keepInView } from './phoneView';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { installHitGrid } from './hitGrid';
import { installLabels } from './labels';
import { framePath } from './pathHighlight';
import { addLayoutEdges, indexEdges } from './lodEdges';
import { toCyId } from '../cy/ids';
import { installPinning, lockPinned } from './pins';
import { grewFrom, placeGrown, revealGrown } from './growth';
import { yieldToPage } from '../data/yieldToPage';

import { LOD_ABOVE, isLarge } from './lod';

export { LOD_ABOVE };
export type { GraphViewProps };
/** Above this many entities, elements are added progressively after the force layout. */
export const PROGRESSIVE_ABOVE = 400;
const NO_ELEMENTS: ElementDefinition[] = [];

const NO_PINS: ReadonlyMap<string, Point> = new Map();

/**
 * The graph region: owns the Cytoscape instance, binds its handlers once,
 * and applies visibility, selection and layouts imperatively.
 */
export function GraphView(props: GraphViewProps) {
  const { graph, elements, visible, selection, layout, centerNonce, fitNonce, path } = props;
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
  /** Force positions still coming from the worker for a graph drawn at provisional ones. */
  const refining = useRef<{ graph: ParleyGraph; positions: Promise<Positions | undefined> } | null>(
    null,
  );
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
  useCanvasEvents(cy, callbacks);

  // Priority labels, refreshed after each settled zoom or pan (and below).
  const labels = useRef<ReturnType<typeof installLabels> | null>(null);
  useEffect(() => {
    if (!cy) return;
    const l = installLabels(
      cy,
      () => {
        const { order, size } = callbacks.current.graph;
        return isLarge(order, size);
      },
      () => busyRef.current,
    );
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
  const lod = isLarge(graph.order, graph.size);
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
    void drawProgressively({
      cy,
      graph,
      elements,
      small,
      lod,
      cache: forceCache.current,
      precomputed: callbacks.current.precomputed,
      whole: callbacks.current.layoutFromFile,
      phoneFramed: phoneFramed.current,
      alive,
      setStatus,
    }).then((drawn) => {
      if (!drawn) return;
      drawnWith.current = drawn.positions ? graph : null;
      refining.current = drawn.refine ? { graph, positions: drawn.refine } : null;
      setDrawnElements(elements);
    });
    return () => {
      cancelled = true;
    };
  }, [cy, progressive, small, lod, elements, graph, setBusy]);

  // Visibility, selection, path, encoding, pins and marks, applied in batches.
  useAppliedView(cy, ready, containerRef, callbacks, {
    graph,
    elements,
    visible,
    selection,
    path,
    edgeIndex,
    encoding: props.encoding,
    pinned: props.pinned ?? NO_PINS,
    pinHome: () => pinning.current?.home ?? new Map(),
    marks: props.marks,
    layout,
    refreshLabels: () => {
      if (!busyRef.current) labels.current?.refreshAfterPaint(); // only the selection's neighbours, where they fit
    },
  });

  // Test hooks: where nodes are drawn, labels, sizes (canvas clicks need coordinates).
  useEffect(() => installTestHooks(containerRef.current, cy), [cy]);

  // Centre on the selection — after the running layout, whose fit would undo it.
  const pendingCenter = useRef(false);
  const centerOnSelection = useCallback(() => {
    const sel = callbacks.current.selection;
    if (!cy || cy.destroyed() || !sel) return;
    const ele = cy.getElementById(toCyId(sel.id));
    if (ele.empty() || ele.hasClass('hidden')) return;
    centreOn(cy, ele, lod);
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
    // Still coming from the worker (kept across re-runs of this effect: asking again would lay it out twice).
    const refine = refining.current?.graph === graph ? refining.current.positions : null;
    if (layout === 'force' && drawnWith.current === graph && !refine) {
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
      if (cached) return start(clearPreset(cy, cached, animate), cy.elements());
      if (refine) {
        // Drawn at provisional positions, usable already: the force positions
        // replace them when the worker has them (the view refitted only if the
        // reader has not moved it meanwhile).
        setStatus('Drawn; refining the layout…');
        const drawnView = JSON.stringify([cy.zoom(), cy.pan()]);
        void refine.then((positions) => {
          if (refining.current?.graph === graph) refining.current = null;
          if (run !== layoutRun.current || cy.destroyed()) return;
          if (!positions) return landed();
          const fit = JSON.stringify([cy.zoom(), cy.pan()]) === drawnView;
          start(clearPreset(cy, positions, animate, fit), cy.elements());
        });
        return;
      }
      setStatus(`Laying out ${graph.order} entities…`);
      forceLayoutInWorker(forceInput(elements))
        .then((positions) => {
          forceCache.current.set(graph, positions);
          start(clearPreset(cy, positions, animate), cy.elements());
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
    const view = clearFit(cy);
    if (view) cy.animate(view, { duration: 350 });
  }, [cy, fitNonce]);

  // Relabel when what is shown changes or a layout lands.
  useEffect(() => {
    if (ready && !busy) labels.current?.refresh();
  }, [visible, busy, ready, cy]);

  const keyboard = useCanvasKeyboard(cy, graph, selection, props.onSelect);

  const { onStatus } = props;
  // 'drawn': every element is on the canvas, usable while the layout refines.
  const drawn = busy && progressive && ready;
  useEffect(() => {
    onStatus?.(drawn ? 'drawn' : busy ? 'busy' : status);
  }, [busy, drawn, status, onStatus]);

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
          big={lod}
          theme={props.theme ?? 'light'}
        />
      )}
      <NodeCard cy={cy} graph={graph} keyboardId={keyboard.focusId} />
      {busy && <GraphProgress status={status} aside={drawn} container={containerRef} />}
    </div>
  );
}
