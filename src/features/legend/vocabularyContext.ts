import { createContext, useContext } from 'react';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../../model';

/**
 * The open dataset's vocabulary, for components far from the graph (type
 * icons, the legend, filters). App provides it with each dataset it shows.
 */
export const VocabularyContext = createContext<Vocabulary>(DEFAULT_VOCABULARY);

export function useVocabulary(): Vocabulary {
  return useContext(VocabularyContext);
}
