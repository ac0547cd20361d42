import type { Core, NodeSingular, SingularElementReturnValue as Ele } from 'cytoscape';

/** Grid cell size, in model units (nodes are 18–60 wide). */
export const CELL = 128;

/** The keys of the grid cells a box covers. */
export function cellsOf(x1: number, y1: number, x2: number, y2: number, cell = CELL): string[] {
  const out: string[] = [];
  for (let cx = Math.floor(x1 / cell); cx <= Math.floor(x2 / cell); cx++) {
    for (let cy = Math.floor(y1 / cell); cy <= Math.floor(y2 / cell); cy++) out.push(`${cx},${cy}`);
  }
  return out;
}

/** Node boxes by grid cell (position ± outer size, as Cytoscape's own node hit test). */
export function buildGrid(nodes: Iterable<NodeSingular>, cell = CELL): Map<string, NodeSingular[]> {
  const grid = new Map<string, NodeSingular[]>();
  for (const n of nodes) {
    const p = n.position();
    const hw = n.outerWidth() / 2;
    const hh = n.outerHeight() / 2;
    for (const key of cellsOf(p.x - hw, p.y - hh, p.x + hw, p.y + hh, cell)) {
      const list = grid.get(key);
      if (list) list.push(n);
      else grid.set(key, [n]);
    }
  }
  return grid;
}

type ZSorted = Ele[] & { interactive: Ele[] };
interface Renderer {
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): Ele[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
}

/**
 * Cytoscape's canvas hit test checks every element on every mouse event:
 * 9 ms at 5,000 nodes, on each move, press and release. For big graphs it is
 * handed only the elements that can be under the pointer: every edge (level
 * of detail keeps few on the canvas) and the nodes whose boxes share a grid
 * cell with it, in Cytoscape's own z order, so its answer is unchanged. The
 * grid is rebuilt after nodes move, join or leave. Returns the uninstaller.
 */
export function installHitGrid(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): Renderer }).renderer();
  const find = r.findNearestElements;
  const zSorted = r.getCachedZSortedEles;
  let grid: Map<string, NodeSingular[]> | null = null;
  const stale = () => {
    grid = null;
  };
  cy.on('position add remove', 'node', stale);

  r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = zSorted.call(r);
    grid ??= buildGrid(cy.nodes());
    // Cytoscape's node threshold is 2 px (8 px for touch) in screen units.
    const t = (isTouch ? 8 : 2) / cy.zoom();
    const near = new Set<unknown>();
    for (const key of cellsOf(x - t, y - t, x + t, y + t)) {
      for (const n of grid.get(key) ?? []) near.add(n);
    }
    const keep = (e: Ele) => e.isEdge() || near.has(e);
    const subset = all.filter(keep) as ZSorted;
    subset.interactive = all.interactive.filter(keep);
    r.getCachedZSortedEles = () => subset;
    try {
      return find.call(r, x, y, interactiveOnly, isTouch);
    } finally {
      r.getCachedZSortedEles = zSorted;
    }
  };

  return () => {
    if (cy.destroyed()) return;
    r.findNearestElements = find;
    cy.removeListener('position add remove', 'node', stale);
  };
}
