import { formatDate } from '../data/dates';
import type { ParleyGraph } from './types';

export interface Suggestion {
  id: string;
  label: string;
  /** Its type as shown (an added type's own id). */
  type: string;
  /** Why it is suggested, in words: "the most connected person (18 relations)". */
  why: string;
}

/**
 * Three entities to start from, chosen by rule so any dataset gets its own:
 * the most connected person, the latest dated meeting (standing mechanisms
 * excluded) and the agreement with the most relations. A type the dataset
 * lacks gives its place to the most connected entity not yet suggested.
 * Ties go to the label first in alphabetical order, so the choice is stable.
 */
export function startHere(graph: ParleyGraph, count = 3): Suggestion[] {
  const picks: Suggestion[] = [];
  const taken = new Set<string>();
  const add = (id: string | undefined, why: (id: string) => string) => {
    if (id === undefined || taken.has(id) || picks.length >= count) return;
    taken.add(id);
    const a = graph.getNodeAttributes(id);
    picks.push({ id, label: a.label, type: a.addedType ?? a.type, why: why(id) });
  };
  const relations = (id: string) =>
    `${graph.degree(id)} relation${graph.degree(id) === 1 ? '' : 's'}`;
  add(
    mostConnected(graph, (id) => graph.getNodeAttribute(id, 'type') === 'person'),
    (id) => `the most connected person (${relations(id)})`,
  );
  add(
    latestMeeting(graph),
    (id) => `the latest meeting (${formatDate(graph.getNodeAttribute(id, 'date'))})`,
  );
  add(
    mostConnected(graph, (id) => graph.getNodeAttribute(id, 'type') === 'agreement'),
    (id) => `the agreement with the most relations (${relations(id)})`,
  );
  while (picks.length < count) {
    const next = mostConnected(graph, (id) => !taken.has(id));
    if (next === undefined) break;
    add(next, (id) => `among the most connected (${relations(id)})`);
  }
  return picks;
}

function mostConnected(graph: ParleyGraph, keep: (id: string) => boolean): string | undefined {
  let best: string | undefined;
  graph.forEachNode((id) => {
    if (!keep(id) || graph.degree(id) === 0) return;
    if (best === undefined || better(graph, id, best)) best = id;
  });
  return best;
}

function better(graph: ParleyGraph, a: string, b: string): boolean {
  const d = graph.degree(a) - graph.degree(b);
  if (d !== 0) return d > 0;
  return graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')) < 0;
}

function latestMeeting(graph: ParleyGraph): string | undefined {
  let best: string | undefined;
  let bestDate = '';
  graph.forEachNode((id, a) => {
    if (a.type !== 'meeting' || a.kind === 'mechanism') return;
    const date = a.date && a.date.precision !== 'unknown' ? (a.date.value ?? '') : '';
    if (!date) return;
    // "2024" sorts before "2024-03": a year alone counts as its first day, as the time bar does.
    if (best === undefined || date > bestDate || (date === bestDate && better(graph, id, best))) {
      best = id;
      bestDate = date;
    }
  });
  return best;
}
