import type { GraphSource } from '../data/source';
import type { Dataset } from '../model';
import { parseQuoteKey } from '../graph/quoteKey';
import type { ParleyGraph } from '../graph/types';
import { vocabularyOf } from '../graph/vocabulary';
import type { ViewContext } from '../state/urlCodec';

/** What the dataset knows, to clean an address against: ids, relation and entity types, sources with a text. */
export function viewContext(
  graph: ParleyGraph,
  dataset: Dataset,
  source: GraphSource,
): ViewContext {
  const sources = new Set(dataset.sources.map((s) => s.id));
  return {
    hasEntity: (id) => graph.hasNode(id),
    hasRelation: (id) => graph.hasEdge(id),
    relationTypes: new Set(graph.mapEdges((_e, a) => a.type)),
    hasSource: (id) => sources.has(id) && !!source.hasSourceText?.(id),
    quoteSource: (key) => {
      const k = parseQuoteKey(key);
      return k && graph.hasEdge(k.relation)
        ? graph.getEdgeAttribute(k.relation, 'evidence')[k.index]?.source
        : undefined;
    },
    addedTypes: new Set(vocabularyOf(graph).entityTypes.map((t) => t.id)),
  };
}
