import louvain from 'graphology-communities-louvain';
import { linkGraph, linkKey } from './metrics';
import type { ParleyGraph } from './types';

/**
 * Communities (Louvain, graphology-communities-louvain) on the weighted link
 * graph, numbered by size (0 = largest). Seeded, so the same data gives the
 * same communities; computed once per graph.
 */
export interface Communities {
  of: ReadonlyMap<string, number>;
  /** Members per community, largest first. */
  sizes: number[];
  modularity: number;
}

const cache = new WeakMap<ParleyGraph, Communities>();

/** mulberry32: a small seeded generator (Louvain visits nodes in random order). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function computeCommunities(graph: ParleyGraph): Communities {
  const hit = cache.get(graph);
  if (hit) return hit;
  const links = linkGraph(graph);
  let raw: Record<string, number> = {};
  let modularity = 0;
  if (links.size > 0) {
    const out = louvain.detailed(links, { getEdgeWeight: 'weight', rng: seeded(20240917) });
    raw = out.communities;
    modularity = out.modularity;
  }
  // Isolated entities (or an edgeless graph) each form their own community.
  let next = Math.max(-1, ...Object.values(raw)) + 1;
  const byRaw = new Map<number, string[]>();
  graph.forEachNode((n) => {
    const k = linkKey(n);
    const c = Object.hasOwn(raw, k) ? raw[k]! : next++;
    const list = byRaw.get(c);
    if (list) list.push(n);
    else byRaw.set(c, [n]);
  });
  const groups = [...byRaw.values()].sort(
    (a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!),
  );
  const of = new Map<string, number>();
  groups.forEach((members, i) => members.forEach((n) => of.set(n, i)));
  const result = { of, sizes: groups.map((g) => g.length), modularity };
  cache.set(graph, result);
  return result;
}
