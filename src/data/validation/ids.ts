import type { Problem } from '../problems';
import { loc, type Located } from './located';

/** Ids are unique across entities, relations and sources of all files. */
export function checkIds(problems: Problem[], items: Located<{ id: string }>[]) {
  const first = new Map<string, Located<{ id: string }>>();
  for (const item of items) {
    const prev = first.get(item.value.id);
    if (!prev) {
      first.set(item.value.id, item);
      continue;
    }
    const prevAt = loc(prev, ['id']);
    problems.push({
      severity: 'error',
      code: 'duplicate-id',
      ...loc(item, ['id']),
      id: item.value.id,
      message: `id "${item.value.id}" is already used at ${prevAt.file}${prevAt.line ? `:${prevAt.line}:${prevAt.column}` : ''} ${prevAt.path}`,
      hint: 'Ids are unique across all files (entities, relations and sources): rename one, or merge the two.',
    });
  }
}
