import type { z } from 'zod';
import { DataFile, Entity, Relation, Source } from '../../model';
import { jsonPath, parseLocatedJson } from '../jsonLocation';
import { duplicateKeyProblems } from '../inputChecks';
import type { Problem } from '../problems';
import type { Located, Path } from './located';
import { pushZodIssues } from './zodIssues';

export interface Collected {
  sources: Located<Source>[];
  entities: Located<Entity>[];
  relations: Located<Relation>[];
  title?: string;
}

/**
 * Syntax and schema pass for one file: the top level first (unknown keys,
 * wrong container types), then item by item so that one broken item does not
 * hide the others. Valid items are added to `out`.
 */
export function parseFile(
  file: { name: string; text: string },
  problems: Problem[],
  out: Collected,
): void {
  const parsed = parseLocatedJson(file.text);
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      problems.push({
        severity: 'error',
        code: 'json-syntax',
        file: file.name,
        line: e.line,
        column: e.column,
        message: e.message,
        hint: 'Fix the JSON syntax at this position (a missing comma, quote or bracket is the usual cause).',
      });
    }
    return;
  }
  const { json } = parsed;
  problems.push(...duplicateKeyProblems(file.name, json));
  const at = (path: Path) => ({ path: jsonPath(path), ...json.locate(path) });
  const root = json.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    problems.push({
      severity: 'error',
      code: 'schema',
      file: file.name,
      ...at([]),
      message:
        'a data file must be a JSON object with "sources", "entities" and/or "relations" arrays',
      hint: 'Wrap the content in { "entities": [ … ] } (see the data format in README.md).',
    });
    return;
  }
  const top = DataFile.safeParse({ ...root, sources: [], entities: [], relations: [] });
  if (!top.success) pushZodIssues(problems, file.name, [], top.error, at);
  if (top.success && top.data.title) out.title ??= top.data.title;
  const record = root as Record<string, unknown>;
  collect('sources', Source, out.sources);
  collect('entities', Entity, out.entities);
  collect('relations', Relation, out.relations);

  function collect<T>(key: string, schema: z.ZodType<T>, into: Located<T>[]) {
    const list = record[key];
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      problems.push({
        severity: 'error',
        code: 'schema',
        file: file.name,
        ...at([key]),
        message: `"${key}" must be an array`,
        hint: `Write "${key}": [ … ].`,
      });
      return;
    }
    list.forEach((item: unknown, i) => {
      const r = schema.safeParse(item);
      if (r.success) into.push({ value: r.data, file: file.name, path: [key, i], json });
      else pushZodIssues(problems, file.name, [key, i], r.error, at, idOf(item));
    });
  }
}

function idOf(item: unknown): string | undefined {
  if (typeof item === 'object' && item !== null && 'id' in item) {
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}
