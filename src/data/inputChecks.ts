import { jsonPath, type LocatedJson } from './jsonLocation';
import type { Problem } from './problems';

/**
 * Checks the schema cannot express, kept apart from the validator's passes:
 * a key written twice in one object, a relation joining an entity to itself.
 */

/** Every key written twice in one object, with both places: JSON.parse would keep the second silently. */
export function duplicateKeyProblems(file: string, json: LocatedJson): Problem[] {
  return json.duplicateKeys.map((d) => ({
    severity: 'error',
    code: 'duplicate-key',
    file,
    ...d.second,
    path: jsonPath([...d.path, d.key]),
    message: `key "${d.key}" is written twice in this object (first at ${d.first.line}:${d.first.column}, again at ${d.second.line}:${d.second.column}); JSON keeps only the second`,
    hint: 'Remove one of the two, or merge their values.',
  }));
}

interface LocatedRelation {
  value: { id: string; source: string; target: string; type: string };
  file: string;
  path: (string | number)[];
  json: LocatedJson;
}

/** A relation from an entity to itself ("alice met_with alice") says nothing. */
export function selfLoopProblems(relations: readonly LocatedRelation[]): Problem[] {
  const out: Problem[] = [];
  for (const r of relations) {
    const { id, source, target, type } = r.value;
    if (source !== target) continue;
    const path = [...r.path, 'target'];
    out.push({
      severity: 'error',
      code: 'self-loop',
      file: r.file,
      path: jsonPath(path),
      ...r.json.locate(path),
      id,
      message: `the relation joins "${source}" to itself ("${type}" needs two different entities)`,
      hint: 'Correct the source or the target; a relation always joins two entities.',
    });
  }
  return out;
}
