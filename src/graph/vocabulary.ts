import { DEFAULT_VOCABULARY, type Vocabulary } from '../model';
import type { ParleyGraph } from './types';

/** The vocabulary of the dataset a graph was built from (buildGraph stores it). */
export function vocabularyOf(graph: ParleyGraph): Vocabulary {
  return graph.getAttribute('vocabulary') ?? DEFAULT_VOCABULARY;
}

/** What the legend, filters and colours group a node by: its added type, else its built-in one. */
export function shownTypeOf(attrs: { type: string; addedType?: string }): string {
  return attrs.addedType ?? attrs.type;
}
