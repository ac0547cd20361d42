import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { fromCyId, toCyId } from '../cy/ids';
import type { Point } from '../state/viewState';

/** Below this many entities, pins and unpins move their node smoothly. */
const ANIMATE_PINS_BELOW = 1000;

/**
 * Pinning: a dragged node is pinned where it was dropped (`onPin`), pinned
 * nodes carry the `pinned` class (the pin mark) and stay put through
 * relayouts. `home` remembers where a node stood before its first drag, so
 * that undoing the pin or "Unpin all" puts it back — until a layout runs,
 * which gives every node a new place.
 */
export function installPinning(cy: Core, onPin: (positions: Map<string, Point>) => void) {
  const home = new Map<string, Point>();
  let dropped = new Map<string, Point>();
  const grab = (e: EventObject) => {
    const n = e.target as NodeSingular;
    const id = fromCyId(n.id());
    if (!n.hasClass('pinned') && !home.has(id)) home.set(id, { ...n.position() });
  };
  // Several nodes dropped at once (a dragged group) make one pin, one undo step.
  const free = (e: EventObject) => {
    const n = e.target as NodeSingular;
    if (dropped.size === 0)
      queueMicrotask(() => {
        const batch = dropped;
        dropped = new Map();
        if (batch.size) onPin(batch);
      });
    dropped.set(fromCyId(n.id()), { ...n.position() });
  };
  cy.on('grab', 'node', grab);
  cy.on('dragfree', 'node', free);
  return {
    home,
    stop() {
      if (cy.destroyed()) return;
      cy.removeListener('grab', 'node', grab);
      cy.removeListener('dragfree', 'node', free);
    },
  };
}

/**
 * Puts pinned nodes at their pinned positions with the pin mark; nodes no
 * longer pinned lose it and go back home when there is one.
 */
export function applyPins(cy: Core, pinned: ReadonlyMap<string, Point>, home: Map<string, Point>) {
  const animate = cy.nodes().length < ANIMATE_PINS_BELOW;
  const moveTo = (n: NodeSingular, p: Point, glide: boolean) => {
    const at = n.position();
    if (at.x === p.x && at.y === p.y) return;
    n.stop(true, false);
    if (glide) n.animate({ position: { x: p.x, y: p.y } }, { duration: 250 });
    else n.position({ x: p.x, y: p.y });
  };
  cy.nodes('.pinned').forEach((n) => {
    const id = fromCyId(n.id());
    if (pinned.has(id)) return;
    n.removeClass('pinned');
    const h = home.get(id);
    home.delete(id);
    if (h) moveTo(n, h, animate);
  });
  for (const [id, p] of pinned) {
    const n = cy.getElementById(toCyId(id));
    if (n.empty() || !n.isNode()) continue;
    n.addClass('pinned');
    // At once: a layout about to run locks pinned nodes, and a locked node ignores an animation.
    moveTo(n as NodeSingular, p, false);
  }
}

/** Layouts leave pinned nodes where they are: locked for the layout's run (then draggable again). */
export function lockPinned(cy: Core, home: Map<string, Point>): () => void {
  // A layout gives every node a new place: "home" from before it means nothing now.
  home.clear();
  const locked = cy.nodes('.pinned').lock();
  return () => {
    if (!cy.destroyed()) locked.unlock();
  };
}
