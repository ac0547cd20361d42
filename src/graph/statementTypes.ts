import type { Vocabulary } from '../model';

/** Whether a relation type records something a side said (the vocabulary's `statement` flag). */
export function isStatementRelation(type: string, vocabulary: Vocabulary): boolean {
  return vocabulary.isStatementType(type);
}

/** Verbs that bind a side: what "has it committed to" lists. */
export const COMMITMENT_TYPES = [
  'agreed',
  'reaffirmed',
  'committed_to',
  'supports',
  'implements',
] as const;
