import { retypedNotice } from '../features/open/typeFromOptions';
import { vocabularyOf } from '../graph/vocabulary';
import type { LoadedDataset } from './useDataset';

/**
 * A file read again with kinds from another column: its "Type from" select
 * takes focus back, and a polite notice names the kinds now shown instead of
 * the "Opened …" lines already read once.
 */
export function retypedWords(loaded: LoadedDataset, which: 'node' | 'edge'): LoadedDataset {
  const v = vocabularyOf(loaded.graph);
  const { entitiesByType, relationsByType } = loaded.report;
  const labels =
    which === 'node'
      ? v.allEntityTypes.filter((t) => (entitiesByType[t] ?? 0) > 0).map((t) => v.entityLabel(t))
      : Object.keys(relationsByType)
          .filter((t) => (relationsByType[t] ?? 0) > 0)
          .map((t) => v.relationType(t)?.label ?? t);
  const column = loaded.typeFrom?.[which].key ?? null;
  return { ...loaded, retyped: which, notices: [retypedNotice(which, column, labels)] };
}
