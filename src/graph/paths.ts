import type Graph from 'graphology';
import { brandes } from 'graphology-shortest-path/unweighted';
import type { NodeAttrs, ParleyGraph } from './types';

/**
 * "How is A linked to B": the shortest paths between two entities (all of
 * equal length, up to a cap), then the next lengths on request.
 *
 * The search runs on a compact copy of the graph whose node keys are indexes
 * ("0", "1"…): graphology-shortest-path keeps its tables in plain objects, so
 * an id such as "constructor" could not be looked up safely there.
 */

export interface PathOptions {
  /** Follow relation direction (source → target) instead of ignoring it. */
  followDirection: boolean;
  /** Avoid hubs (countries, dialogue mechanisms) as intermediate steps. */
  avoidHubs: boolean;
  /** Only these relations may be used (the filters' visible set); undefined = all. */
  allowedEdges?: ReadonlySet<string>;
  /** Only these entities may be used; undefined = all. */
  allowedNodes?: ReadonlySet<string>;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { followDirection: false, avoidHubs: true };

/** How many paths of one length are listed. */
export const PATH_CAP = 10;
/** Work limit for enumerating the longer paths of one length (partial paths visited). */
const ENUMERATION_BUDGET = 200_000;

/** One relation used by a hop; `forward` when it runs from the hop's start to its end. */
export interface HopRelation {
  id: string;
  forward: boolean;
}

export interface Hop {
  from: string;
  to: string;
  /** Every usable relation joining the two (a multigraph can have several). */
  relations: HopRelation[];
}

export interface Path {
  nodes: string[];
  hops: Hop[];
}

export interface PathSet {
  length: number;
  paths: Path[];
  /** More paths of this length exist than were listed. */
  truncated: boolean;
}

/** Countries and the standing dialogue mechanisms join almost everything. */
export function isHub(a: NodeAttrs): boolean {
  return a.type === 'country' || (a.type === 'meeting' && a.kind === 'mechanism');
}

/**
 * Integer adjacency of a graph, built once per graph (graphs are not changed
 * after they are built): copying 5,000 entities into a new graphology
 * instance for every search took longer than the search.
 */
interface Adjacency {
  ids: string[];
  keys: string[];
  index: Map<string, number>;
  hub: boolean[];
  out: { to: number; edge: string }[][];
  in: { to: number; edge: string }[][];
}

const adjacencies = new WeakMap<ParleyGraph, Adjacency>();

function adjacency(graph: ParleyGraph): Adjacency {
  let adj = adjacencies.get(graph);
  if (adj) return adj;
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  adj = {
    ids,
    keys: ids.map((_id, i) => String(i)),
    index,
    hub: ids.map((id) => isHub(graph.getNodeAttributes(id))),
    out: ids.map(() => []),
    in: ids.map(() => []),
  };
  graph.forEachEdge((edge, _a, s, t) => {
    const a = index.get(s)!;
    const b = index.get(t)!;
    if (a === b) return;
    adj.out[a]!.push({ to: b, edge });
    adj.in[b]!.push({ to: a, edge });
  });
  adjacencies.set(graph, adj);
  return adj;
}

/**
 * The graph as the search sees it under the options: integer keys ("0",
 * "1"… — graphology-shortest-path keeps its tables in plain objects, where an
 * id such as "constructor" is not safe), hubs and filtered-out entities and
 * relations left out, direction followed or not. It offers what Brandes'
 * search reads (`nodes`, `outboundNeighbors`; graphology-shortest-path 2.1).
 */
class View {
  constructor(
    readonly adj: Adjacency,
    readonly opts: PathOptions,
    readonly ends: ReadonlySet<number>,
  ) {}

  usable(i: number): boolean {
    if (this.ends.has(i)) return true;
    if (this.opts.avoidHubs && this.adj.hub[i]) return false;
    return !this.opts.allowedNodes || this.opts.allowedNodes.has(this.adj.ids[i]!);
  }

  /** Relations usable from i to j, read along the hop. */
  links(i: number, j: number): HopRelation[] {
    const ok = (edge: string) => !this.opts.allowedEdges || this.opts.allowedEdges.has(edge);
    const rels: HopRelation[] = [];
    for (const l of this.adj.out[i]!)
      if (l.to === j && ok(l.edge)) rels.push({ id: l.edge, forward: true });
    if (!this.opts.followDirection)
      for (const l of this.adj.in[i]!)
        if (l.to === j && ok(l.edge)) rels.push({ id: l.edge, forward: false });
    return rels;
  }

  /** Distinct usable neighbours one step away (backwards when `reverse` and directed). */
  step(i: number, reverse = false): number[] {
    const seen = new Set<number>();
    const visit = (list: { to: number; edge: string }[]) => {
      for (const l of list) {
        if (seen.has(l.to) || !this.usable(l.to)) continue;
        if (this.opts.allowedEdges && !this.opts.allowedEdges.has(l.edge)) continue;
        seen.add(l.to);
      }
    };
    if (!this.opts.followDirection || !reverse) visit(this.adj.out[i]!);
    if (!this.opts.followDirection || reverse) visit(this.adj.in[i]!);
    return [...seen];
  }

  // What graphology-shortest-path's brandes() calls.
  nodes(): string[] {
    return this.adj.keys;
  }
  outboundNeighbors(key: string): string[] {
    return this.step(Number(key)).map((n) => this.adj.keys[n]!);
  }
}

function toPath(v: View, nodes: number[]): Path {
  const hops: Hop[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    hops.push({ from: v.adj.ids[a]!, to: v.adj.ids[b]!, relations: v.links(a, b) });
  }
  return { nodes: nodes.map((n) => v.adj.ids[n]!), hops };
}

/** Walks Brandes' predecessor lists back from the target: every shortest path, up to the cap. */
function shortestFrom(v: View, s: number, t: number, cap: number): PathSet | null {
  if (s === t) return { length: 0, paths: [toPath(v, [s])], truncated: false };
  const [, preds, sigma] = brandes(v as unknown as Graph, String(s));
  const tk = String(t);
  if (!preds[tk] || preds[tk].length === 0) return null;
  const found: number[][] = [];
  const walk = (node: string, suffix: number[]) => {
    if (found.length >= cap) return;
    if (node === String(s)) return void found.push([s, ...suffix]);
    for (const p of preds[node] ?? []) walk(p, [Number(node), ...suffix]);
  };
  walk(tk, []);
  return {
    length: found[0]!.length - 1,
    paths: found.map((k) => toPath(v, k)),
    truncated: (sigma[tk] ?? 0) > found.length,
  };
}

/** Breadth-first distances to `t` (following relations backwards when direction counts). */
function distancesTo(v: View, t: number): Map<number, number> {
  const dist = new Map([[t, 0]]);
  let frontier = [t];
  for (let d = 1; frontier.length; d++) {
    const next: number[] = [];
    for (const n of frontier)
      for (const m of v.step(n, true))
        if (!dist.has(m)) {
          dist.set(m, d);
          next.push(m);
        }
    frontier = next;
  }
  return dist;
}

/** Simple paths of exactly `length` hops, pruned by the distance still to go. */
function ofLength(v: View, s: number, t: number, length: number, cap: number): PathSet {
  const dist = distancesTo(v, t);
  const found: number[][] = [];
  const onPath = new Set<number>([s]);
  const stack = [s];
  let budget = ENUMERATION_BUDGET;
  let truncated = false;
  const visit = (node: number) => {
    if (found.length > cap || budget-- <= 0) return void (truncated = true);
    const depth = stack.length - 1;
    if (node === t) {
      if (depth === length) found.push([...stack]);
      return;
    }
    for (const m of v.step(node)) {
      if (truncated) return;
      if (onPath.has(m)) continue;
      const left = dist.get(m);
      if (left === undefined || depth + 1 + left > length) continue;
      if (m === t && depth + 1 !== length) continue;
      onPath.add(m);
      stack.push(m);
      visit(m);
      stack.pop();
      onPath.delete(m);
    }
  };
  visit(s);
  // One more than the cap is looked for, to know whether the list is complete.
  return {
    length,
    paths: found.slice(0, cap).map((k) => toPath(v, k)),
    truncated: truncated || found.length > cap,
  };
}

/** Path search between two entities under the given options. */
export interface ConnectionSearch {
  /** The shortest paths, or null when the two are not connected under these options. */
  shortest: PathSet | null;
  /** The simple paths of a given (longer) length. */
  ofLength(length: number): PathSet;
}

export function searchConnection(
  graph: ParleyGraph,
  from: string,
  to: string,
  opts: PathOptions = DEFAULT_PATH_OPTIONS,
  cap = PATH_CAP,
): ConnectionSearch {
  if (!graph.hasNode(from) || !graph.hasNode(to))
    return { shortest: null, ofLength: (length) => ({ length, paths: [], truncated: false }) };
  const adj = adjacency(graph);
  const s = adj.index.get(from)!;
  const t = adj.index.get(to)!;
  const view = new View(adj, opts, new Set([s, t]));
  return {
    shortest: shortestFrom(view, s, t, cap),
    ofLength: (length) => ofLength(view, s, t, length, cap),
  };
}

/** An option or filter that, when relaxed, lets the two connect. */
export type Restriction = 'direction' | 'hubs' | 'filters';

export interface NoConnectionReason {
  /** The restrictions that cut every path, each with the length found without it. */
  cutBy: { restriction: Restriction; length: number }[];
  /** No single restriction is to blame: only lifting all of `cutBy` together connects them. */
  together: boolean;
  /** Not connected even with every restriction lifted. */
  disconnected: boolean;
  /** Endpoints the filters hide. */
  hiddenEnds: string[];
}

/** Why two entities have no path: which option or filter, lifted alone (else all together), connects them. */
export function explainNoConnection(
  graph: ParleyGraph,
  from: string,
  to: string,
  opts: PathOptions,
): NoConnectionReason {
  const hiddenEnds = opts.allowedNodes ? [from, to].filter((n) => !opts.allowedNodes!.has(n)) : [];
  const lift = (r: Restriction, o: PathOptions): PathOptions => {
    if (r === 'direction') return { ...o, followDirection: false };
    if (r === 'hubs') return { ...o, avoidHubs: false };
    const { allowedEdges: _e, allowedNodes: _n, ...rest } = o;
    return rest;
  };
  const active: Restriction[] = [];
  if (opts.followDirection) active.push('direction');
  if (opts.avoidHubs) active.push('hubs');
  if (opts.allowedEdges || opts.allowedNodes) active.push('filters');
  const cutBy: NoConnectionReason['cutBy'] = [];
  for (const r of active) {
    const found = searchConnection(graph, from, to, lift(r, opts), 1).shortest;
    if (found) cutBy.push({ restriction: r, length: found.length });
  }
  if (cutBy.length || !active.length)
    return { cutBy, together: false, disconnected: !cutBy.length, hiddenEnds };
  const all = active.reduce((o, r) => lift(r, o), opts);
  const found = searchConnection(graph, from, to, all, 1).shortest;
  return {
    cutBy: found ? active.map((restriction) => ({ restriction, length: found.length })) : [],
    together: !!found,
    disconnected: !found,
    hiddenEnds,
  };
}
