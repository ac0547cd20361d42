import type { Entity, Relation, Vocabulary } from '../../model';
import type { Problem } from '../problems';
import { problemAt, type Located } from './located';

const CONVENTION = 'See "Statements" in graph-data/README.md.';

/**
 * The statement convention (graph-data/README.md, "Statements"), when the
 * vocabulary turns it on: every statement names its meeting (`at`, implied
 * when the statement is recorded on the meeting) and side(s) (`on_behalf_of`), and its
 * source is the speaker (one side, `by` includes them), the side (one side, no
 * named speaker) or the meeting itself (joint: `at` = source, two sides).
 * References were type-checked already; this checks only their consistency.
 */
export function checkStatements(
  problems: Problem[],
  relations: readonly Located<Relation>[],
  entityById: ReadonlyMap<string, Entity>,
  vocabulary: Vocabulary,
) {
  for (const r of relations) {
    const v = r.value;
    if (!vocabulary.isStatementType(v.type)) continue;
    const fail = (sub: (string | number)[], message: string, hint: string) =>
      problems.push(
        problemAt(r, sub, {
          code: 'statement-convention',
          message,
          hint: `${hint} ${CONVENTION}`,
        }),
      );
    const sourceType = entityById.get(v.source)?.type;
    if (v.at === undefined && sourceType !== 'meeting')
      fail([], `the statement "${v.type}" names no meeting ("at")`, 'Add "at": "<meeting id>".');
    if (v.on_behalf_of === undefined) {
      fail(
        [],
        `the statement "${v.type}" names no side ("on_behalf_of")`,
        `Add "on_behalf_of": ["<country id>"] (both sides for a joint statement), or turn the convention off ("statements": { "convention": false } in ${vocabulary.fileName}).`,
      );
      continue;
    }
    const sides = v.on_behalf_of;
    if (sourceType === 'person') {
      if (!v.by?.includes(v.source))
        fail(
          v.by ? ['by'] : [],
          `a statement recorded on a speaker must list them in "by" ("${v.source}")`,
          `Add "by": ["${v.source}"].`,
        );
      if (sides.length !== 1)
        fail(
          ['on_behalf_of'],
          `a statement recorded on a speaker is one side's: "on_behalf_of" has ${sides.length} sides`,
          'Give the speaker\'s side only; a joint statement ("the two sides") is recorded on the meeting.',
        );
    } else if (sourceType === 'country' || sourceType === 'organization') {
      if (sides.length !== 1 || sides[0] !== v.source)
        fail(
          ['on_behalf_of'],
          `a statement recorded on a side must be on its behalf: "on_behalf_of" should be ["${v.source}"]`,
          `Write "on_behalf_of": ["${v.source}"].`,
        );
      if (v.by)
        fail(
          ['by'],
          'a statement with a named speaker is recorded on the speaker, not on the side',
          'Make the speaker the source (and keep them in "by"), or drop "by".',
        );
    } else if (sourceType === 'meeting') {
      if (v.at !== undefined && v.at !== v.source)
        fail(
          ['at'],
          `a joint statement recorded on a meeting is made at that meeting: "at" should be "${v.source}"`,
          `Write "at": "${v.source}".`,
        );
      if (sides.length < 2)
        fail(
          ['on_behalf_of'],
          'a statement recorded on a meeting is joint and names both sides; this names one',
          'Record a one-sided stance on its speaker or its side instead, with "at" = the meeting.',
        );
    }
  }
}
