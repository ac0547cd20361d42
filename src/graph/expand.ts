import { dropIsolated, filterPredicates, type GraphFilter, type Visible } from './filter';
import type { ParleyGraph } from './types';

/** Hand edits of the view, on top of the filters and the focused network. */
export interface ViewEdits {
  /** Entities whose neighbours are added ("Show neighbours"). */
  expanded: ReadonlySet<string>;
  /** Entities taken off the view ("Hide"). */
  hidden: ReadonlySet<string>;
}

/** Neighbours of `id` through relations the filters let through, that the filters let through too. */
function passingNeighbours(
  graph: ParleyGraph,
  pass: ReturnType<typeof filterPredicates>,
  id: string,
): Set<string> {
  const out = new Set<string>();
  if (!graph.hasNode(id)) return out;
  graph.forEachEdge(id, (e, _a, s, t) => {
    const other = s === id ? t : s;
    if (other !== id && pass.edge(e)) out.add(other);
  });
  return out;
}

/**
 * What is shown once the hand edits are applied to `base` (the filtered,
 * possibly focused, set): hidden entities go, and each expanded entity that
 * is shown brings its neighbours — which may be expanded themselves, so this
 * runs until nothing changes. Neighbours come only through what the type,
 * relation and time filters let through; "hide unconnected" applies last.
 * Pure; `base` is not touched.
 */
export function withEdits(
  graph: ParleyGraph,
  f: GraphFilter,
  base: Visible,
  edits: ViewEdits,
): Visible {
  if (edits.expanded.size === 0 && edits.hidden.size === 0) return base;
  const pass = filterPredicates(graph, f);
  const nodes = new Set(base.nodes);
  for (const h of edits.hidden) nodes.delete(h);
  const grown = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const x of edits.expanded) {
      if (grown.has(x) || !nodes.has(x)) continue;
      grown.add(x);
      for (const n of passingNeighbours(graph, pass, x)) {
        if (edits.hidden.has(n) || nodes.has(n)) continue;
        nodes.add(n);
        changed = true;
      }
    }
  }
  // Every relation between shown entities that the filters let through.
  const edges = new Set<string>();
  for (const n of nodes)
    graph.forEachOutEdge(n, (e, _a, _s, t) => {
      if (nodes.has(t) && pass.edge(e)) edges.add(e);
    });
  if (f.hideIsolated) dropIsolated(graph, nodes, edges);
  return { nodes, edges };
}

/**
 * The neighbours "Show neighbours" would bring into view: those the filters
 * let through and that are not shown now (hidden ones included: showing
 * neighbours brings them back). Sorted, for a stable order.
 */
export function neighboursToShow(
  graph: ParleyGraph,
  f: GraphFilter,
  shown: ReadonlySet<string>,
  id: string,
): string[] {
  const pass = filterPredicates(graph, f);
  return [...passingNeighbours(graph, pass, id)].filter((n) => !shown.has(n)).sort();
}
