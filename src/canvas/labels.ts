import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { chooseLabels, labelBudget, labelPriorities, screenFont } from './labelPriority';

/** Screen width a label wraps at, px. */
const WRAP_PX = 160;
const SETTLE_MS = 120;
const ON_CLASSES = 'label-on label-top label-right label-left';

/**
 * Priority labels with collision culling. After each zoom or pan settles, the
 * most important visible entities that fit without overlap get a label at a
 * readable size on screen (class label-on; the others label-off). Hover,
 * selection and keyboard focus label their nodes regardless (stylesheet).
 * Big graphs (level of detail) are left to their own rules.
 */
export function installLabels(cy: Core, skip: () => boolean): { refresh(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let on = cy.collection();

  const refresh = () => {
    if (cy.destroyed() || skip()) return;
    const z = cy.zoom();
    const fontPx = screenFont(z);
    const nodes: NodeCollection = cy.nodes().filter((n) => !n.hasClass('hidden'));
    const bb = nodes.boundingBox({ includeLabels: false });
    const fitZoom = Math.min(cy.width() / Math.max(bb.w, 1), cy.height() / Math.max(bb.h, 1));
    const fs = fontPx / z;
    const tw = WRAP_PX / z;
    const priorities = labelPriorities(
      nodes.map((n: NodeSingular) => ({
        id: n.id(),
        type: String(n.data('type')),
        degree: Number(n.data('degree')) || 0,
      })),
    );
    const candidates = nodes.map((n: NodeSingular) => {
      const p = n.renderedPosition();
      return {
        id: n.id(),
        x: p.x,
        y: p.y,
        r: (Number(n.data('size')) * z) / 2,
        chars: String(n.data('label') ?? '').length,
        priority: priorities.get(n.id()) ?? 0,
      };
    });
    const keep = chooseLabels(candidates, {
      fontPx,
      maxWidthPx: WRAP_PX,
      width: cy.width(),
      height: cy.height(),
      budget: labelBudget(z, fitZoom),
    });
    const next = nodes.filter((n) => keep.has(n.id()));
    cy.batch(() => {
      nodes.forEach((n) => {
        if (n.data('fs') !== fs) n.data({ fs, tw });
      });
      on.difference(next).removeClass(ON_CLASSES).addClass('label-off');
      cy.nodes().not(next).not('.label-off').addClass('label-off');
      next.forEach((n) => {
        const at = keep.get(n.id());
        n.removeClass(ON_CLASSES).addClass(at === 'bottom' ? 'label-on' : `label-on label-${at}`);
      });
      next.removeClass('label-off');
    });
    on = next;
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
