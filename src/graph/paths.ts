import Graph from 'graphology';
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

interface Compact {
  sub: Graph;
  index: Map<string, string>;
  ids: string[];
  /** "i>j" → relations usable from i to j. */
  links: Map<string, HopRelation[]>;
}

function usableNode(graph: ParleyGraph, id: string, opts: PathOptions, ends: Set<string>) {
  if (ends.has(id)) return true;
  if (opts.allowedNodes && !opts.allowedNodes.has(id)) return false;
  return !(opts.avoidHubs && isHub(graph.getNodeAttributes(id)));
}

function compact(graph: ParleyGraph, opts: PathOptions, ends: Set<string>): Compact {
  const sub = new Graph({ type: opts.followDirection ? 'directed' : 'undirected' });
  const index = new Map<string, string>();
  const ids: string[] = [];
  graph.forEachNode((id) => {
    if (!usableNode(graph, id, opts, ends)) return;
    const key = String(ids.length);
    index.set(id, key);
    ids.push(id);
    sub.addNode(key);
  });
  const links = new Map<string, HopRelation[]>();
  const link = (a: string, b: string, rel: HopRelation) => {
    const k = `${a}>${b}`;
    const list = links.get(k);
    if (list) list.push(rel);
    else links.set(k, [rel]);
  };
  graph.forEachEdge((e, _a, s, t) => {
    if (opts.allowedEdges && !opts.allowedEdges.has(e)) return;
    const a = index.get(s);
    const b = index.get(t);
    if (a === undefined || b === undefined || a === b) return;
    link(a, b, { id: e, forward: true });
    if (!opts.followDirection) link(b, a, { id: e, forward: false });
    if (!sub.hasEdge(a, b)) sub.addEdge(a, b);
  });
  return { sub, index, ids, links };
}

function toPath(c: Compact, keys: string[]): Path {
  const hops: Hop[] = [];
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1]!;
    const b = keys[i]!;
    hops.push({ from: c.ids[+a]!, to: c.ids[+b]!, relations: c.links.get(`${a}>${b}`) ?? [] });
  }
  return { nodes: keys.map((k) => c.ids[+k]!), hops };
}

/** Walks Brandes' predecessor lists back from the target: every shortest path, up to the cap. */
function shortestFrom(c: Compact, s: string, t: string, cap: number): PathSet | null {
  const [, preds, sigma] = brandes(c.sub, s);
  if (s === t) return { length: 0, paths: [toPath(c, [s])], truncated: false };
  if (!preds[t] || preds[t].length === 0) return null;
  const found: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (found.length >= cap) return;
    if (node === s) return void found.push([s, ...suffix]);
    for (const p of preds[node] ?? []) walk(p, [node, ...suffix]);
  };
  walk(t, []);
  return {
    length: found[0]!.length - 1,
    paths: found.map((k) => toPath(c, k)),
    truncated: (sigma[t] ?? 0) > found.length,
  };
}

/** Breadth-first distances to `t` (following edges backwards when directed). */
function distancesTo(sub: Graph, t: string): Map<string, number> {
  const dist = new Map([[t, 0]]);
  let frontier = [t];
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier)
      sub.forEachInboundNeighbor(n, (m) => {
        if (!dist.has(m)) {
          dist.set(m, d);
          next.push(m);
        }
      });
    frontier = next;
  }
  return dist;
}

/** Simple paths of exactly `length` hops, pruned by the distance still to go. */
function ofLength(c: Compact, s: string, t: string, length: number, cap: number): PathSet {
  const dist = distancesTo(c.sub, t);
  const found: string[][] = [];
  const onPath = new Set<string>([s]);
  const stack = [s];
  let budget = ENUMERATION_BUDGET;
  let truncated = false;
  const visit = (node: string) => {
    if (found.length > cap || budget-- <= 0) return void (truncated = true);
    const depth = stack.length - 1;
    if (node === t) {
      if (depth === length) found.push([...stack]);
      return;
    }
    c.sub.forEachOutboundNeighbor(node, (m) => {
      if (truncated || onPath.has(m)) return;
      const left = dist.get(m);
      if (left === undefined || depth + 1 + left > length) return;
      if (m === t && depth + 1 !== length) return;
      onPath.add(m);
      stack.push(m);
      visit(m);
      stack.pop();
      onPath.delete(m);
    });
  };
  visit(s);
  // One more than the cap is looked for, to know whether the list is complete.
  return {
    length,
    paths: found.slice(0, cap).map((k) => toPath(c, k)),
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
  const c = compact(graph, opts, new Set([from, to]));
  const s = c.index.get(from)!;
  const t = c.index.get(to)!;
  return {
    shortest: shortestFrom(c, s, t, cap),
    ofLength: (length) => ofLength(c, s, t, length, cap),
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
