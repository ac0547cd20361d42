import type { z } from 'zod';
import {
  DataFile,
  Entity,
  Relation,
  Source,
  relationType,
  type Dataset,
  type DateSpec,
} from '../model';
import { dateProblem } from './dates';
import { duplicateKeyProblems, selfLoopProblems } from './inputChecks';
import { jsonPath, parseLocatedJson, type LocatedJson } from './jsonLocation';
import type { Problem } from './problems';
import { normalizeForQuoteMatch, quoteOccursIn } from './quotes';

export interface InputFile {
  /** Shown in every problem: a path relative to the data directory, or a file name. */
  name: string;
  text: string;
}

export interface ValidateOptions {
  /**
   * Source texts by file name (Source.file). When given, every evidence quote
   * is checked against its source's text; when omitted, quotes are not checked.
   */
  sourceTexts?: ReadonlyMap<string, string>;
}

export interface ValidationResult {
  dataset: Dataset;
  problems: Problem[];
}

type Path = (string | number)[];
type Located<T> = { value: T; file: string; path: Path; json: LocatedJson };

/**
 * Validates a set of data files as one dataset and reports every problem
 * (never just the first). Valid items are kept, so a dataset with a few
 * broken items still loads what it can; callers decide whether errors block.
 */
export function validateFiles(
  files: readonly InputFile[],
  options: ValidateOptions = {},
): ValidationResult {
  const problems: Problem[] = [];
  const sources: Located<Source>[] = [];
  const entities: Located<Entity>[] = [];
  const relations: Located<Relation>[] = [];
  let title: string | undefined;

  for (const file of files) {
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
      continue;
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
      continue;
    }
    // Top level first (unknown keys, wrong container types), then item by item
    // so that one broken item does not hide the others.
    const top = DataFile.safeParse({ ...root, sources: [], entities: [], relations: [] });
    if (!top.success) pushZodIssues(problems, file.name, [], top.error, at);
    if (top.success && top.data.title) title ??= top.data.title;
    const record = root as Record<string, unknown>;
    collect(record, 'sources', Source, sources);
    collect(record, 'entities', Entity, entities);
    collect(record, 'relations', Relation, relations);

    function collect<T>(
      obj: Record<string, unknown>,
      key: string,
      schema: z.ZodType<T>,
      out: Located<T>[],
    ) {
      const list = obj[key];
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
        if (r.success) out.push({ value: r.data, file: file.name, path: [key, i], json });
        else pushZodIssues(problems, file.name, [key, i], r.error, at, idOf(item));
      });
    }
  }

  checkIds(problems, [...sources, ...entities, ...relations]);
  const entityById = new Map(entities.map((e) => [e.value.id, e.value]));
  const sourceById = new Map(sources.map((s) => [s.value.id, s.value]));

  for (const e of entities) {
    const v = e.value;
    if ('date' in v && v.date) checkDate(problems, e, ['date'], v.date);
  }

  const normalizedTexts = new Map<string, string>();
  const textFor = (fileName: string): string | undefined => {
    const raw = options.sourceTexts?.get(fileName);
    if (raw === undefined) return undefined;
    let n = normalizedTexts.get(fileName);
    if (n === undefined) normalizedTexts.set(fileName, (n = normalizeForQuoteMatch(raw)));
    return n;
  };
  if (options.sourceTexts) {
    for (const s of sources) {
      if (!options.sourceTexts.has(s.value.file)) {
        problems.push({
          severity: 'error',
          code: 'source-text-missing',
          ...loc(s, ['file']),
          id: s.value.id,
          message: `the text of source "${s.value.id}" (${s.value.file}) is not in the sources directory`,
          hint: 'Put the article text in the sources directory under this file name, or fix "file".',
        });
      }
    }
  }

  for (const r of relations) {
    const v = r.value;
    const spec = relationType(v.type);
    for (const end of ['source', 'target'] as const) {
      const entity = entityById.get(v[end]);
      if (!entity) {
        problems.push({
          severity: 'error',
          code: 'dangling-reference',
          ...loc(r, [end]),
          id: v.id,
          message: `${end} "${v[end]}" is not the id of any entity`,
          hint: 'Add that entity to graph-data/entities/, or correct the id (ids are case-sensitive slugs).',
        });
      } else if (
        spec &&
        !(spec.source === undefined) &&
        !(spec[end] as readonly string[]).includes(entity.type)
      ) {
        problems.push({
          severity: 'error',
          code: 'relation-endpoint-type',
          ...loc(r, [end]),
          id: v.id,
          message: `"${v.type}" cannot have a ${entity.type} as its ${end} ("${entity.id}"); allowed: ${spec[end].join(', ')}`,
          hint: 'Pick a relation type whose vocabulary entry allows these entity types, or swap source and target.',
        });
      }
    }
    if (v.date) checkDate(problems, r, ['date'], v.date);
    if (v.evidence.length === 0) {
      problems.push({
        severity: 'error',
        code: 'empty-evidence',
        ...loc(r, ['evidence']),
        id: v.id,
        message: 'the relation has no evidence',
        hint: 'Add { "source": "<source id>", "quote": "<exact excerpt>" }.',
      });
    }
    v.evidence.forEach((ev, i) => {
      const src = sourceById.get(ev.source);
      if (!src) {
        problems.push({
          severity: 'error',
          code: 'unknown-source',
          ...loc(r, ['evidence', i, 'source']),
          id: v.id,
          message: `evidence cites source "${ev.source}", which is not in sources.json`,
          hint: `Use one of: ${[...sourceById.keys()].join(', ') || '(no sources defined)'}.`,
        });
        return;
      }
      const text = textFor(src.file);
      if (text !== undefined && !quoteOccursIn(ev.quote, text)) {
        problems.push({
          severity: 'error',
          code: 'quote-not-found',
          ...loc(r, ['evidence', i, 'quote']),
          id: v.id,
          message: `quote not found in ${src.file}: "${truncate(ev.quote, 80)}"`,
          hint: 'Copy the excerpt exactly from the source text (whitespace and quote styles may differ; words may not).',
        });
      }
    });
  }

  problems.push(...selfLoopProblems(relations));
  problems.sort(byLocation);
  return {
    dataset: {
      ...(title ? { title } : {}),
      sources: sources.map((s) => s.value),
      entities: entities.map((e) => e.value),
      relations: relations.map((r) => r.value),
    },
    problems,
  };
}

function loc(item: Located<unknown>, sub: Path) {
  const path = [...item.path, ...sub];
  return { file: item.file, path: jsonPath(path), ...item.json.locate(path) };
}

function checkDate(problems: Problem[], item: Located<{ id: string }>, sub: Path, d: DateSpec) {
  const why = dateProblem(d);
  if (!why) return;
  problems.push({
    severity: 'error',
    code: 'invalid-date',
    ...loc(item, sub),
    id: item.value.id,
    message: why,
    hint: 'Use { "precision": "day", "value": "YYYY-MM-DD" } (or month/year), or { "precision": "unknown", "note": "…" }.',
  });
}

function checkIds(problems: Problem[], items: Located<{ id: string }>[]) {
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

function pushZodIssues(
  problems: Problem[],
  file: string,
  base: Path,
  error: z.ZodError,
  at: (p: Path) => { path: string; line?: number; column?: number },
  id?: string,
) {
  for (const issue of error.issues) {
    const path = [...base, ...(issue.path as Path)];
    // Locate an unknown key at the key itself, not at the object holding it.
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    problems.push({
      severity: 'error',
      code:
        issue.code === 'too_small' && issue.path.at(-1) === 'evidence'
          ? 'empty-evidence'
          : 'schema',
      file,
      ...at(path),
      ...(id ? { id } : {}),
      message: issue.message,
      hint: hintFor(issue),
    });
  }
}

function hintFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.path.at(-1) === 'evidence') {
    return 'Add { "source": "<source id>", "quote": "<exact excerpt>" }: every relation rests on at least one quote.';
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')} (see graph-data/schema/parley.schema.json for the allowed fields).`;
    case 'invalid_value':
      return 'Use one of the listed values.';
    case 'invalid_union':
      return 'Check "type": it must be one of person, organization, country, place, topic, meeting, agreement.';
    case 'invalid_type':
      return `Give a value of type ${issue.expected}.`;
    default:
      return 'See the data format in README.md and graph-data/schema/parley.schema.json.';
  }
}

function idOf(item: unknown): string | undefined {
  if (typeof item === 'object' && item !== null && 'id' in item) {
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function byLocation(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}
