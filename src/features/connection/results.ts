import { visibleElements, type GraphFilter } from '../../graph/filter';
import {
  explainNoConnection,
  searchConnection,
  type NoConnectionReason,
  type Path,
  type PathOptions,
  type PathSet,
} from '../../graph/paths';
import type { ParleyGraph } from '../../graph/types';
import type { ConnectionQuery } from '../../state/viewState';

export interface ConnectionResult {
  /** The shortest set first, then one per longer length asked for. */
  sets: PathSet[];
  /** Every listed path in order, with the length group it belongs to. */
  paths: Path[];
  /** Why there is no path, when there is none. */
  why: NoConnectionReason | null;
  options: PathOptions;
}

export type FilterState = Pick<GraphFilter, 'hiddenTypes' | 'hiddenRelations' | 'period'>;

/** Options for the search from a query and the filters (focus and "hide unconnected" do not cut paths). */
export function pathOptions(graph: ParleyGraph, q: ConnectionQuery, f: FilterState): PathOptions {
  const base: PathOptions = { followDirection: q.followDirection, avoidHubs: !q.allowHubs };
  const filtered = f.hiddenTypes.size > 0 || f.hiddenRelations.size > 0 || f.period !== undefined;
  if (q.ignoreFilters || !filtered) return base;
  const v = visibleElements(graph, { ...f, hideIsolated: false });
  return { ...base, allowedEdges: v.edges, allowedNodes: v.nodes };
}

export function connectionResult(
  graph: ParleyGraph,
  q: ConnectionQuery,
  f: FilterState,
): ConnectionResult {
  const options = pathOptions(graph, q, f);
  const search = searchConnection(graph, q.from, q.to, options);
  const first = search.shortest;
  if (!first) {
    return { sets: [], paths: [], options, why: explainNoConnection(graph, q.from, q.to, options) };
  }
  const sets = [first];
  for (let i = 1; i <= q.longer; i++) sets.push(search.ofLength(first.length + i));
  return { sets, paths: sets.flatMap((s) => s.paths), why: null, options };
}
