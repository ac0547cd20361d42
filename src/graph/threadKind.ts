import type { ParleyGraph } from './types';

export type ThreadKind = 'topic' | 'agreement' | 'mechanism' | 'side';

/** Which thread an entity has, if any (small: the Details panel asks it eagerly). */
export function threadKind(graph: ParleyGraph, id: string): ThreadKind | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  if (a.type === 'topic') return 'topic';
  if (a.type === 'agreement') return 'agreement';
  if (a.type === 'country') return 'side';
  if (a.type === 'meeting' && a.kind === 'mechanism') return 'mechanism';
  return undefined;
}
