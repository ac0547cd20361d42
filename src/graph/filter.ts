import { dateRange } from '../data/dates';
import { egoNodes } from './queries';
import { relationDate } from './statementFacts';
import { inMonthRange, type MonthRange } from './months';
import type { EdgeAttrs, ParleyGraph } from './types';

export interface GraphFilter {
  /** Entity types hidden from the legend: built-in ones, or ones the vocabulary adds. */
  hiddenTypes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** Inclusive year range; meetings and dated relations outside it are hidden. */
  years?: readonly [number, number];
  /** Inclusive month range (the time bar); relations take their meeting's date when undated. */
  period?: MonthRange;
  hideIsolated: boolean;
  /** Show only the ego network of `center` within `depth` steps. */
  focus?: { center: string; depth: number };
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

function inYears(d: Parameters<typeof dateRange>[0], years: GraphFilter['years']): boolean {
  if (!years) return true;
  const r = dateRange(d);
  if (!r) return true; // unknown dates are never hidden by the range
  return r[1] > years[0] && r[0] < years[1] + 1;
}

/**
 * What the type, relation and time filters let through, one element at a
 * time (focus and "hide unconnected" are about the whole set, not one element).
 * An edge passes only if both its ends do.
 */
export function filterPredicates(graph: ParleyGraph, f: GraphFilter) {
  const node = (n: string): boolean => {
    const a = graph.getNodeAttributes(n);
    if (f.hiddenTypes.has(a.addedType ?? a.type)) return false;
    return a.type !== 'meeting' || (inYears(a.date, f.years) && inMonthRange(a.date, f.period));
  };
  /** The relation's own filters (type, years, period), its ends aside. */
  const own = (e: string, a: EdgeAttrs): boolean => {
    if (f.hiddenRelations.has(a.type) || !inYears(a.date, f.years)) return false;
    return !f.period || inMonthRange(relationDate(graph, e), f.period);
  };
  const edge = (e: string): boolean =>
    own(e, graph.getEdgeAttributes(e)) && node(graph.source(e)) && node(graph.target(e));
  return { node, edge, own };
}

/** Which nodes and edges survive the filters. Pure: the graph is not touched. */
export function visibleElements(graph: ParleyGraph, f: GraphFilter): Visible {
  const pass = filterPredicates(graph, f);
  const nodes = new Set<string>();
  graph.forEachNode((n) => {
    if (pass.node(n)) nodes.add(n);
  });
  const edges = new Set<string>();
  // Both ends passed already: only the relation's own filters are left to ask.
  graph.forEachEdge((e, a, s, t) => {
    if (nodes.has(s) && nodes.has(t) && pass.own(e, a)) edges.add(e);
  });
  if (f.focus && graph.hasNode(f.focus.center) && nodes.has(f.focus.center)) {
    const ego = egoNodes(graph, f.focus.center, f.focus.depth, (e) => edges.has(e));
    for (const n of nodes) if (!ego.has(n)) nodes.delete(n);
    for (const e of edges)
      if (!nodes.has(graph.source(e)) || !nodes.has(graph.target(e))) edges.delete(e);
  }
  if (f.hideIsolated) dropIsolated(graph, nodes, edges);
  return { nodes, edges };
}

/** Removes from `nodes` those no edge of `edges` touches. */
export function dropIsolated(graph: ParleyGraph, nodes: Set<string>, edges: ReadonlySet<string>) {
  const touched = new Set<string>();
  for (const e of edges) {
    touched.add(graph.source(e));
    touched.add(graph.target(e));
  }
  for (const n of nodes) if (!touched.has(n)) nodes.delete(n);
}

/** Inclusive [min, max] of the years of dated meetings and relations. */
export function yearBounds(graph: ParleyGraph): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  const see = (v?: string) => {
    if (!v) return;
    const y = Number(v.slice(0, 4));
    if (y < min) min = y;
    if (y > max) max = y;
  };
  graph.forEachNode((_n, a) => {
    if (a.type === 'meeting') see(a.date?.value);
  });
  graph.forEachEdge((_e, a) => see(a.date?.value));
  return Number.isFinite(min) ? [min, max] : undefined;
}
