import type { ParleyGraph } from '../../graph/types';
import type { ConnectionQuery } from '../../state/viewState';
import { connectionResult, type FilterState } from './results';
import { pathTitle, steps } from './wording';

/**
 * The highlighted path in words, for an exported picture's caption:
 * "Connection: A → B → C (path 1 of 2 shortest, 2 steps; avoiding countries and mechanisms)".
 */
export function connectionCaption(
  graph: ParleyGraph,
  q: ConnectionQuery,
  filters: FilterState,
): string {
  const r = connectionResult(graph, q, {
    hiddenTypes: filters.hiddenTypes,
    hiddenRelations: filters.hiddenRelations,
    ...(filters.period ? { period: filters.period } : {}),
  });
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const path = r.paths[Math.min(q.pick, r.paths.length - 1)];
  const notes = [
    q.followDirection ? 'following relation direction' : '',
    q.allowHubs ? '' : 'avoiding countries and mechanisms',
  ].filter(Boolean);
  const how = notes.length ? `; ${notes.join(', ')}` : '';
  if (!path) return `Connection: none found between ${label(q.from)} and ${label(q.to)}${how}`;
  const shortest = r.sets[0]!;
  const pick = r.paths.indexOf(path);
  const which =
    pick < shortest.paths.length
      ? `path ${pick + 1} of ${shortest.paths.length}${shortest.truncated ? '+' : ''} shortest`
      : `path ${pick + 1}, a longer one`;
  return `Connection: ${pathTitle(graph, path)} (${which}, ${steps(path.hops.length)}${how})`;
}
