import type {
  Core,
  EdgeSingular,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
} from 'cytoscape';
import type { Positions } from '../cy/timeline';
import { LABEL_CLASSES, placementClass } from '../cy/labelClasses';
import { LABEL_FONT } from '../cy/stylesheet';
import {
  chooseLabels,
  cullOverlaps,
  edgeLabelBox,
  labelBudget,
  labelPriorities,
  placeGreedy,
  screenFont,
  TOP_PRIORITY,
  type Box,
  type LabelSpot,
} from './labelPriority';
import { labelMeasurer } from './measureLabel';
import { drawnLabelBox, reseatLabel } from './reseatLabels';

/** Screen width a label wraps at, px. */
const WRAP_PX = 160;
const SETTLE_MS = 120;
/** The smallest label on screen, px (the most connected entities' labels shrink to it rather than go). */
const MIN_FONT_PX = 11;
/** Around a selection, everything that fits is labelled. */
const SELECTION_BUDGET = 400;

/** The classes of a node whose label sits at `at` (none: unlabelled). */
function labelClasses(spot: LabelSpot | undefined, lod: boolean): string {
  if (spot === undefined) return lod ? '' : 'label-off';
  return `label-on ${placementClass(spot.at)}`.trim();
}

let measurer: ReturnType<typeof labelMeasurer> | null = null;
/** Measures in the browser; undefined in Node (sizes are estimated from the length). */
function measure(text: string, fontPx: number, maxWidthPx: number, bold?: boolean) {
  if (measurer === null) measurer = labelMeasurer(LABEL_FONT);
  return measurer?.(text, fontPx, maxWidthPx, bold);
}

/** What the label choice needs of a node; x and y are rendered (screen) px. */
interface LabelNode {
  id: string;
  type: string;
  degree: number;
  size: number;
  text: string;
  x: number;
  y: number;
  /** The selection: first, in bold. */
  selected?: boolean;
}

/** Which labels to draw at this zoom, where, and their model-unit size and wrap width. */
function planLabels(
  nodes: readonly LabelNode[],
  view: { zoom: number; width: number; height: number; bbW: number; bbH: number; budget?: number },
  taken: Box[] = [],
): { fs: number; tw: number; fontPx: number; keep: Map<string, LabelSpot>; must: Set<string> } {
  const z = view.zoom;
  const fontPx = screenFont(z);
  const fitZoom = Math.min(view.width / Math.max(view.bbW, 1), view.height / Math.max(view.bbH, 1));
  const priorities = labelPriorities(nodes);
  const must = new Set<string>();
  const keep = chooseLabels(
    nodes.map((n) => {
      const priority = n.selected ? Infinity : (priorities.get(n.id) ?? 0);
      if (priority >= TOP_PRIORITY) must.add(n.id);
      return {
        id: n.id,
        x: n.x,
        y: n.y,
        r: (n.size * z) / 2,
        chars: n.text.length,
        priority,
        must: priority >= TOP_PRIORITY,
        ...measure(n.text, fontPx, WRAP_PX, n.selected),
      };
    }),
    {
      minFontPx: MIN_FONT_PX,
      fontPx,
      maxWidthPx: WRAP_PX,
      width: view.width,
      height: view.height,
      budget: view.budget ?? labelBudget(z, fitZoom),
    },
    taken,
  );
  return { fs: fontPx / z, tw: WRAP_PX / z, fontPx, keep, must };
}

/**
 * Node definitions about to be added, given the labels refresh() would give
 * them at the current viewport: the first frame draws them labelled, instead
 * of drawing everything twice (unlabelled, then relabelled).
 */
export function labelledElements(
  cy: Core,
  defs: readonly ElementDefinition[],
  positions: Positions,
): ElementDefinition[] {
  const z = cy.zoom();
  const pan = cy.pan();
  const nodes: LabelNode[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const d of defs) {
    const p = positions[String(d.data.id)] ?? d.position;
    if (d.group !== 'nodes' || !p) continue;
    const size = Number(d.data.size);
    minX = Math.min(minX, p.x - size / 2);
    maxX = Math.max(maxX, p.x + size / 2);
    minY = Math.min(minY, p.y - size / 2);
    maxY = Math.max(maxY, p.y + size / 2);
    nodes.push({
      id: String(d.data.id),
      type: String(d.data.type),
      degree: Number(d.data.degree) || 0,
      size,
      text: String(d.data.label ?? ''),
      x: p.x * z + pan.x,
      y: p.y * z + pan.y,
    });
  }
  if (nodes.length === 0) return [...defs];
  const plan = planLabels(nodes, {
    zoom: z,
    width: cy.width(),
    height: cy.height(),
    bbW: maxX - minX,
    bbH: maxY - minY,
  });
  return defs.map((d) =>
    d.group !== 'nodes'
      ? d
      : {
          ...d,
          data: { ...d.data, fs: fsOf(plan, String(d.data.id)), tw: plan.tw },
          classes: `${String(d.classes ?? '')} ${labelClasses(plan.keep.get(String(d.data.id)), false)}`,
        },
  );
}

/** A node's label size in model units: its own if it had to shrink to fit. */
function fsOf(plan: { fs: number; fontPx: number; keep: Map<string, LabelSpot> }, id: string) {
  const spot = plan.keep.get(id);
  return spot && spot.fontPx !== plan.fontPx ? (plan.fs * spot.fontPx) / plan.fontPx : plan.fs;
}

const labelText = (n: NodeSingular) =>
  String((n.hasClass('titled') ? n.data('titled') : n.data('label')) ?? '');

/** The relation labels that fit around the selection (after its entities' labels). */
/**
 * Relations considered for a label around a selection, the most important
 * first: a hub's 500 relations cannot all be labelled legibly, and placing
 * each costs its drawn geometry (a second and more for 500).
 */
const EDGE_LABELS_CONSIDERED = 60;

const endDegree = (e: EdgeSingular) =>
  Math.max(Number(e.source().data('degree')) || 0, Number(e.target().data('degree')) || 0);

function planEdgeLabels(cy: Core, all: EdgeSingular[], fontPx: number, taken: Box[]) {
  const edges =
    all.length <= EDGE_LABELS_CONSIDERED
      ? all
      : all
          .map((e) => ({ e, d: endDegree(e) }))
          .sort((a, b) => b.d - a.d || (a.e.id() < b.e.id() ? -1 : 1))
          .slice(0, EDGE_LABELS_CONSIDERED)
          .map(({ e }) => e);
  const items = edges.map((e) => {
    const s = e.source().renderedPosition();
    const t = e.target().renderedPosition();
    const text = String(e.data('label') ?? '');
    const size = measure(text, fontPx, Infinity) ?? { w: text.length * fontPx * 0.56, h: fontPx };
    const m = e.renderedMidpoint();
    const box = edgeLabelBox({ x1: s.x, y1: s.y, x2: t.x, y2: t.y, ...size });
    const dx = m.x - (s.x + t.x) / 2;
    const dy = m.y - (s.y + t.y) / 2;
    const inView = m.x >= 0 && m.y >= 0 && m.x <= cy.width() && m.y <= cy.height();
    return {
      id: e.id(),
      priority: endDegree(e),
      boxes: inView ? [{ x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy }] : [],
    };
  });
  return placeGreedy(items, SELECTION_BUDGET, taken);
}

/**
 * Priority labels with collision culling. After each zoom or pan settles (and
 * when the selection changes), the most important visible entities that fit
 * without overlap get a label at a readable size on screen (class label-on;
 * the others label-off): the ten most connected first, then people and
 * meetings taking turns with the other types. With a selection, only it and
 * its neighbours are labelled — the selection always, the rest where they fit,
 * then the relations' labels where they fit. The hover target and keyboard
 * focus carry labels regardless (stylesheet). Big graphs (level of detail)
 * label only around the selection. Finally each label's box as Cytoscape drew
 * it is read back, and any that overlaps a more important one is dropped.
 */
export function installLabels(
  cy: Core,
  lod: () => boolean,
  /** While true (the graph is being drawn), zooms and pans schedule nothing: a refresh follows the drawing. */
  held: () => boolean = () => false,
): { refresh(): void; refreshAfterPaint(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  const refresh = () => {
    if (cy.destroyed()) return;
    const big = lod();
    const selected = cy.elements('.selected');
    const around = selected.nonempty();
    let nodes: NodeCollection = cy.nodes().not('.hidden');
    if (around) nodes = cy.nodes('.selected, .sel-hood').not('.hidden');
    else if (big) nodes = cy.collection();
    const bb = cy.nodes().not('.hidden').boundingBox({ includeLabels: false });
    const taken: Box[] = [];
    const plan = planLabels(
      nodes.map((n: NodeSingular) => {
        const p = n.renderedPosition();
        return {
          id: n.id(),
          type: String(n.data('type')),
          degree: Number(n.data('degree')) || 0,
          size: Number(n.data('size')),
          text: labelText(n),
          x: p.x,
          y: p.y,
          selected: n.hasClass('selected'),
        };
      }),
      {
        zoom: cy.zoom(),
        width: cy.width(),
        height: cy.height(),
        bbW: bb.w,
        bbH: bb.h,
        ...(around ? { budget: SELECTION_BUDGET } : {}),
      },
      taken,
    );
    const { tw } = plan;
    const edgeFontPx = Math.max(11, plan.fontPx - 2);
    const hoodEdges = around ? cy.edges('.sel-hood').not('.hidden') : cy.collection();
    const edgeKeep = planEdgeLabels(cy, hoodEdges.toArray() as EdgeSingular[], edgeFontPx, taken);
    // Only the elements whose label changes are touched: a refresh that finds
    // the labels already right (drawn with them, see labelledElements) costs no redraw.
    const touched = big
      ? cy.elements('.label-on').union(nodes).union(hoodEdges)
      : cy.nodes().union(cy.edges('.label-on')).union(hoodEdges);
    cy.batch(() => {
      nodes.forEach((n) => {
        const fs = fsOf(plan, n.id());
        if (n.data('fs') !== fs) n.data({ fs, tw });
      });
      touched.forEach((ele) => {
        const want =
          ele.group() === 'nodes'
            ? labelClasses(plan.keep.get(ele.id()), big)
            : edgeKeep.has(ele.id())
              ? 'label-on'
              : '';
        const have = LABEL_CLASSES.filter((c) => ele.hasClass(c)).join(' ');
        if (have !== want) ele.removeClass(LABEL_CLASSES.join(' ')).addClass(want);
      });
      hoodEdges.forEach((e) => {
        if (edgeKeep.has(e.id())) e.data('fs', edgeFontPx / cy.zoom());
      });
    });
    // Measuring is close, not exact: what Cytoscape drew is the judge.
    const order = [
      ...[...plan.keep.keys()].map((id) => cy.getElementById(id)),
      ...[...edgeKeep.keys()].map((id) => cy.getElementById(id)),
    ];
    const drawn = order.flatMap((ele) => {
      const box = drawnLabelBox(ele);
      return box ? [{ id: ele.id(), box }] : [];
    });
    const drop = cullOverlaps(drawn, new Set(selected.map((s) => s.id())));
    // The most connected are labelled wherever there is room: placed again, as drawn.
    const mustDrop = drop.filter((id) => plan.must.has(id));
    if (mustDrop.length) {
      const kept = drawn
        .filter((d) => !drop.includes(d.id))
        .map((d) => ({ ...d, must: plan.must.has(d.id) }));
      // Not in a batch: each try is read back as drawn.
      for (const id of mustDrop) {
        const away = reseatLabel(cy, id, kept, [plan.fontPx, MIN_FONT_PX]);
        if (away !== null) drop.splice(drop.indexOf(id), 1, ...away);
      }
    }
    if (drop.length === 0) return;
    cy.batch(() => {
      for (const id of drop) {
        const ele = cy.getElementById(id);
        ele.removeClass(LABEL_CLASSES.join(' '));
        if (ele.group() === 'nodes' && !big) ele.addClass('label-off');
      }
    });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!held()) refresh();
    }, SETTLE_MS);
  };
  cy.on('viewport', schedule);
  return {
    refresh,
    // A selection's labels wait for the frame that shows its Details: placing
    // a hub's hundreds of neighbours' labels must not delay that frame.
    refreshAfterPaint() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = undefined;
        clearTimeout(timer);
        timer = setTimeout(refresh, 0);
      });
    },
    stop() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (!cy.destroyed()) cy.removeListener('viewport', schedule);
    },
  };
}

/**
 * Every label on screen as Cytoscape draws it (for tests and tools): its box
 * in screen px and its font size on screen. Faded labels (no text opacity)
 * and those below their minimum zoomed size are not drawn, so not listed.
 */
export function visibleLabelBoxes(
  cy: Core,
): { id: string; label: string; fontPx: number; box: Box }[] {
  const out: { id: string; label: string; fontPx: number; box: Box }[] = [];
  cy.elements().forEach((ele) => {
    const label = String(ele.style('label') ?? '');
    if (!label || !ele.visible() || Number(ele.style('text-opacity')) === 0) return;
    if (ele.effectiveOpacity() === 0) return;
    const fontPx = parseFloat(String(ele.style('font-size'))) * cy.zoom();
    if (fontPx < parseFloat(String(ele.style('min-zoomed-font-size')))) return;
    const box = drawnLabelBox(ele);
    if (box && box.x2 > 0 && box.y2 > 0 && box.x1 < cy.width() && box.y1 < cy.height())
      out.push({ id: ele.id(), label, fontPx, box });
  });
  return out;
}
