import type { z } from 'zod';
import {
  DataFile,
  DEFAULT_VOCABULARY,
  Entity,
  isEntityType,
  ImportedRelation,
  Relation,
  Source,
  type Vocabulary,
} from '../../model';
import { vocabularyFromJson } from '../vocabularyLoad';
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
  /** The dataset's vocabulary (vocabulary.json, or a bundle's own), once read. */
  vocabulary?: Vocabulary;
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
  const record = root as Record<string, unknown>;
  const top = DataFile.safeParse({
    ...root,
    sources: [],
    entities: [],
    relations: [],
    vocabulary: undefined,
  });
  if (!top.success) pushZodIssues(problems, file.name, [], top.error, at);
  if (top.success && top.data.title) out.title ??= top.data.title;
  // A bundle carries its vocabulary; it is read before the entities it types.
  if (record.vocabulary !== undefined && !out.vocabulary) {
    const read = vocabularyFromJson(file.name, json, ['vocabulary']);
    problems.push(...read.problems);
    if (read.vocabulary) out.vocabulary = read.vocabulary;
  }
  const vocabulary = out.vocabulary ?? DEFAULT_VOCABULARY;
  collect('sources', Source, out.sources);
  collect('entities', Entity, out.entities, (item, i) => entityOfVocabulary(item, i, vocabulary));
  // A converted dataset says so in its vocabulary: its relations may carry no quotes.
  const relation = (vocabulary.importedFrom ? ImportedRelation : Relation) as typeof Relation;
  collect('relations', relation, out.relations);

  /**
   * An entity of an added type ("company") is checked as the built-in type it
   * behaves as and keeps its own in `addedType`; an undeclared type is an
   * error that names the vocabulary file.
   */
  function entityOfVocabulary(item: unknown, i: number, v: Vocabulary): unknown {
    const type = (item as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || isEntityType(type)) return item;
    if (!v.isEntityType(type)) {
      problems.push({
        severity: 'error',
        code: 'unknown-entity-type',
        file: file.name,
        ...at(['entities', i, 'type']),
        ...(idOf(item) ? { id: idOf(item) } : {}),
        message: `"${type}" is not an entity type of this dataset (${v.fileName})`,
        hint: `Use a built-in type (person, meeting, agreement, topic, organization, country, place) or declare "${type}" under "entityTypes" in ${v.fileName}.`,
      });
      return undefined;
    }
    return { ...(item as object), type: v.baseType(type) ?? 'place' };
  }

  function collect<T>(
    key: string,
    schema: z.ZodType<T>,
    into: Located<T>[],
    prepare?: (item: unknown, i: number) => unknown,
  ) {
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
      const prepared = prepare ? prepare(item, i) : item;
      if (prepared === undefined) return;
      const r = schema.safeParse(prepared);
      if (r.success) {
        const written = (item as { type?: unknown }).type;
        const value =
          prepared !== item && typeof written === 'string'
            ? ({ ...r.data, addedType: written } as T)
            : r.data;
        into.push({ value, file: file.name, path: [key, i], json });
      } else pushZodIssues(problems, file.name, [key, i], r.error, at, idOf(item));
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
