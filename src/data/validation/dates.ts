import type { DateSpec, Entity, Relation } from '../../model';
import { dateProblem } from '../dates';
import type { Problem } from '../problems';
import { problemAt, type Located } from './located';

/** Every entity and relation date is well-formed and matches its precision. */
export function checkDates(
  problems: Problem[],
  entities: readonly Located<Entity>[],
  relations: readonly Located<Relation>[],
) {
  for (const e of entities) {
    const v = e.value;
    if ('date' in v && v.date) checkDate(problems, e, v.date);
  }
  for (const r of relations) if (r.value.date) checkDate(problems, r, r.value.date);
}

function checkDate(problems: Problem[], item: Located<{ id: string }>, d: DateSpec) {
  const why = dateProblem(d);
  if (!why) return;
  problems.push(
    problemAt(item, ['date'], {
      code: 'invalid-date',
      message: why,
      hint: 'Use { "precision": "day", "value": "YYYY-MM-DD" } (or month/year), or { "precision": "unknown", "note": "…" }.',
    }),
  );
}
