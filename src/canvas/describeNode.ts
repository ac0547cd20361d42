import { formatDate } from '../data/dates';
import type { ParleyGraph } from '../graph/types';
import { shownTypeOf, vocabularyOf } from '../graph/vocabulary';
import { ENTITY_TYPE_LABELS } from '../model';

const BUILT_IN_LABELS = new Set<string>(Object.values(ENTITY_TYPE_LABELS));

export interface NodeFacts {
  label: string;
  type: string;
  date?: string;
  relations: number;
}

/** What the hover card and the live region say about an entity. */
export function nodeFacts(graph: ParleyGraph, id: string): NodeFacts | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  const date = a.date && a.date.precision !== 'unknown' ? formatDate(a.date) : undefined;
  return {
    label: a.label,
    // A file's own kind in its words (a hero, not the "Place" it behaves as).
    type: vocabularyOf(graph).entityLabel(shownTypeOf(a)),
    ...(date ? { date } : {}),
    relations: graph.degree(id),
  };
}

/** "Ha Kim Ngoc, person, 18 relations" */
export function announceNode(f: NodeFacts): string {
  const n = `${f.relations} ${f.relations === 1 ? 'relation' : 'relations'}`;
  // Parley's own types read in lower case ("person"); a file's words as the file writes them.
  const type = BUILT_IN_LABELS.has(f.type) ? f.type.toLowerCase() : f.type;
  return [f.label, type, ...(f.date ? [f.date] : []), n].join(', ');
}
