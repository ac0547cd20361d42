import { relationType } from '../model';

/** Used while the vocabulary does not flag statement types itself. */
const FALLBACK = new Set([
  'discussed',
  'reviewed',
  'agreed',
  'reaffirmed',
  'supports',
  'committed_to',
  'values',
  'welcomed',
  'praised',
  'called_for',
  'thanked',
]);

/** Whether a relation type records something a side said (the vocabulary's `statement` flag). */
export function isStatementRelation(type: string): boolean {
  const spec = relationType(type) as { statement?: boolean } | undefined;
  return spec?.statement ?? FALLBACK.has(type);
}

/** Verbs that bind a side: what "has it committed to" lists. */
export const COMMITMENT_TYPES: ReadonlySet<string> = new Set([
  'agreed',
  'reaffirmed',
  'committed_to',
  'supports',
  'implements',
]);
