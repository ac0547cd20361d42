import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ParleyGraph } from './types';

/**
 * Importance of each entity, computed once per graph (off the first paint:
 * this module is loaded on demand) with graphology-metrics, on the simple
 * undirected graph of who is linked to whom (several relations between the
 * same two entities make one link, weighted by how many there are).
 */
import { MEASURES, type Measure } from './measures';

export { MEASURES, MEASURE_LABELS, MEASURE_MEANINGS, type Measure } from './measures';

/** Above this many entities betweenness (one search per entity) is computed only when asked for. */
export const BETWEENNESS_EAGER_UP_TO = 2000;

export interface Metrics {
  /** Betweenness is missing for big graphs until asked for (see BETWEENNESS_EAGER_UP_TO). */
  values: Record<Measure, ReadonlyMap<string, number>>;
  /** 1-based rank by each measure (ties share the better rank). */
  ranks: Record<Measure, ReadonlyMap<string, number>>;
  max: Record<Measure, number>;
  count: number;
}

/**
 * The key of an entity in the link graph. A simple graphology graph keeps
 * neighbours in plain objects, where an id such as "constructor" finds
 * Object's own; a prefix makes every id an ordinary key.
 */
export const linkKey = (id: string): string => `#${id}`;

/** Simple undirected graph: one link per linked pair, weight = number of relations. Keys are `linkKey(id)`. */
export function linkGraph(graph: ParleyGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  graph.forEachNode((n) => g.addNode(linkKey(n)));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    const a = linkKey(s);
    const b = linkKey(t);
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (w: number) => w + 1);
    else g.addEdge(a, b, { weight: 1 });
  });
  return g;
}

const cache = new WeakMap<ParleyGraph, Metrics>();

function fromMapping(graph: ParleyGraph, mapping: Record<string, number>): Map<string, number> {
  // Plain-object results: read own keys only (an id such as "constructor").
  return new Map(
    graph.mapNodes((n) => {
      const k = linkKey(n);
      return [n, Object.hasOwn(mapping, k) ? mapping[k]! : 0];
    }),
  );
}

export function rank(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values].sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  let prev = NaN;
  let r = 0;
  sorted.forEach(([id, v], i) => {
    if (v !== prev) r = i + 1;
    prev = v;
    ranks.set(id, r);
  });
  return ranks;
}

export function computeMetrics(graph: ParleyGraph, opts: { betweenness?: boolean } = {}): Metrics {
  const wantBetweenness = opts.betweenness ?? graph.order <= BETWEENNESS_EAGER_UP_TO;
  const hit = cache.get(graph);
  if (hit && (hit.values.betweenness.size > 0 || !wantBetweenness)) return hit;
  const links = linkGraph(graph);
  const degree = new Map(graph.mapNodes((n) => [n, graph.degree(n)]));
  const weighted = new Map(graph.mapNodes((n) => [n, 0]));
  // Quotes weigh a curated graph; an imported one has none, and its own weights (or merged counts) weigh it.
  const byFile = graph.getAttribute('noEvidence') === true;
  graph.forEachEdge((_e, a, s, t) => {
    const w = byFile ? Math.max(0, a.weight ?? a.count ?? 1) : Math.max(1, a.evidence.length);
    weighted.set(s, weighted.get(s)! + w);
    if (t !== s) weighted.set(t, weighted.get(t)! + w);
  });
  const values: Metrics['values'] = {
    degree,
    weightedDegree: weighted,
    pagerank: links.size
      ? fromMapping(graph, pagerank(links, { getEdgeWeight: 'weight' }))
      : new Map(graph.mapNodes((n) => [n, graph.order ? 1 / graph.order : 0])),
    betweenness: wantBetweenness
      ? fromMapping(graph, betweenness(links, { normalized: true }))
      : new Map(),
  };
  const ranks = {} as Metrics['ranks'];
  const max = {} as Metrics['max'];
  for (const m of MEASURES) {
    ranks[m] = rank(values[m]);
    let top = 0;
    for (const v of values[m].values()) if (v > top) top = v;
    max[m] = top;
  }
  const metrics = { values, ranks, max, count: graph.order };
  cache.set(graph, metrics);
  return metrics;
}

/** Node diameter for a value, by the square root of its share of the maximum (as degree sizes are). */
export function sizeFor(value: number, max: number): number {
  if (max <= 0) return 18;
  return Math.round(18 + 42 * Math.sqrt(Math.max(0, value) / max));
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
