import type { Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import type { Positions } from '../cy/timeline';
import {
  chooseLabels,
  labelBudget,
  labelPriorities,
  screenFont,
  type Placement,
} from './labelPriority';

/** Screen width a label wraps at, px. */
const WRAP_PX = 160;
const SETTLE_MS = 120;
/** Every class refresh sets, in the order labelClasses names them. */
const LABEL_CLASSES = ['label-on', 'label-top', 'label-right', 'label-left', 'label-off'];

/** The classes of a node whose label sits at `at` (none: unlabelled). */
function labelClasses(at: Placement | undefined): string {
  if (at === undefined) return 'label-off';
  return at === 'bottom' ? 'label-on' : `label-on label-${at}`;
}

/** What the label choice needs of a node; x and y are rendered (screen) px. */
interface LabelNode {
  id: string;
  type: string;
  degree: number;
  size: number;
  chars: number;
  x: number;
  y: number;
}

/** Which labels to draw at this zoom, where, and their model-unit size and wrap width. */
function planLabels(
  nodes: readonly LabelNode[],
  view: { zoom: number; width: number; height: number; bbW: number; bbH: number },
): { fs: number; tw: number; keep: Map<string, Placement> } {
  const z = view.zoom;
  const fontPx = screenFont(z);
  const fitZoom = Math.min(view.width / Math.max(view.bbW, 1), view.height / Math.max(view.bbH, 1));
  const priorities = labelPriorities(nodes);
  const keep = chooseLabels(
    nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: (n.size * z) / 2,
      chars: n.chars,
      priority: priorities.get(n.id) ?? 0,
    })),
    {
      fontPx,
      maxWidthPx: WRAP_PX,
      width: view.width,
      height: view.height,
      budget: labelBudget(z, fitZoom),
    },
  );
  return { fs: fontPx / z, tw: WRAP_PX / z, keep };
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
      chars: String(d.data.label ?? '').length,
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
          data: { ...d.data, fs: plan.fs, tw: plan.tw },
          classes: `${String(d.classes ?? '')} ${labelClasses(plan.keep.get(String(d.data.id)))}`,
        },
  );
}

/**
 * Priority labels with collision culling. After each zoom or pan settles, the
 * most important visible entities that fit without overlap get a label at a
 * readable size on screen (class label-on; the others label-off). Hover,
 * selection and keyboard focus label their nodes regardless (stylesheet).
 * Big graphs (level of detail) are left to their own rules.
 */
export function installLabels(cy: Core, skip: () => boolean): { refresh(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refresh = () => {
    if (cy.destroyed() || skip()) return;
    const nodes: NodeCollection = cy.nodes().filter((n) => !n.hasClass('hidden'));
    const bb = nodes.boundingBox({ includeLabels: false });
    const plan = planLabels(
      nodes.map((n: NodeSingular) => {
        const p = n.renderedPosition();
        return {
          id: n.id(),
          type: String(n.data('type')),
          degree: Number(n.data('degree')) || 0,
          size: Number(n.data('size')),
          chars: String(n.data('label') ?? '').length,
          x: p.x,
          y: p.y,
        };
      }),
      { zoom: cy.zoom(), width: cy.width(), height: cy.height(), bbW: bb.w, bbH: bb.h },
    );
    const { fs, tw } = plan;
    // Only the nodes whose label changes are touched: a refresh that finds
    // the labels already right (drawn with them, see labelledElements) costs no redraw.
    cy.batch(() => {
      nodes.forEach((n) => {
        if (n.data('fs') !== fs) n.data({ fs, tw });
      });
      cy.nodes().forEach((n) => {
        const want = labelClasses(plan.keep.get(n.id()));
        const have = LABEL_CLASSES.filter((c) => n.hasClass(c)).join(' ');
        if (have !== want) n.removeClass(LABEL_CLASSES.join(' ')).addClass(want);
      });
    });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  };
  cy.on('viewport', schedule);
  return {
    refresh,
    stop() {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.removeListener('viewport', schedule);
    },
  };
}
