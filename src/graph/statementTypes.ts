import { isStatementType } from '../model';

/** Whether a relation type records something a side said (the vocabulary's `statement` flag). */
export function isStatementRelation(type: string): boolean {
  return isStatementType(type);
}

/** Verbs that bind a side: what "has it committed to" lists. */
export const COMMITMENT_TYPES = [
  'agreed',
  'reaffirmed',
  'committed_to',
  'supports',
  'implements',
] as const;
