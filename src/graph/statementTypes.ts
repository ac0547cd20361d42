import type { Vocabulary } from '../model';

/** Whether a relation type records something a side said (the vocabulary's `statement` flag). */
export function isStatementRelation(type: string, vocabulary: Vocabulary): boolean {
  return vocabulary.isStatementType(type);
}

/**
 * Verbs that bind a side — what "has it committed to" lists — read from the
 * dataset's vocabulary: statements past the "discussed" stage of the verb
 * scale, and what implements one. For the bundled vocabulary: agreed,
 * reaffirmed, supports, committed_to and implements.
 */
export function commitmentTypes(vocabulary: Vocabulary): string[] {
  return vocabulary.relationTypes
    .filter(
      (r) =>
        r.stage !== undefined &&
        r.stage !== 'discussed' &&
        (r.statement === true || r.stage === 'implemented'),
    )
    .map((r) => r.id);
}
