import {
  REFERENCE_FIELDS,
  REFERENCE_QUALIFIERS,
  type Entity,
  type EntityType,
  type Relation,
  type Vocabulary,
} from '../../model';
import type { Problem } from '../problems';
import { problemAt, type Located, type Path } from './located';

type Lookup = ReadonlyMap<string, Entity>;

/**
 * Every id a relation names points to an entity of an allowed type: its two
 * ends (per the vocabulary), `at`, `by`, `on_behalf_of` and the reference
 * qualifiers (`under`, `in`, `to`, `conveyed_by`).
 */
export function checkReferences(
  problems: Problem[],
  relations: readonly Located<Relation>[],
  entityById: Lookup,
  vocabulary: Vocabulary,
) {
  for (const r of relations) {
    checkEnds(problems, r, entityById, vocabulary);
    const v = r.value;
    for (const key of Object.keys(v.qualifiers ?? {}))
      if (!vocabulary.allowsQualifier(key))
        problems.push(
          problemAt(r, ['qualifiers', key], {
            code: 'unknown-qualifier',
            message: `"${key}" is not a qualifier key of this dataset (${vocabulary.fileName})`,
            hint: `Use one of ${vocabulary.qualifiers.map((k) => `"${k}"`).join(', ') || 'the keys it declares'}, or add "${key}" to "qualifiers" in ${vocabulary.fileName} (meetings, speakers and sides go in "at", "by" and "on_behalf_of").`,
          }),
        );
    if (v.at !== undefined) checkRef(problems, r, ['at'], v.at, REFERENCE_FIELDS.at, entityById);
    v.by?.forEach((id, i) => checkRef(problems, r, ['by', i], id, REFERENCE_FIELDS.by, entityById));
    v.on_behalf_of?.forEach((id, i) =>
      checkRef(problems, r, ['on_behalf_of', i], id, REFERENCE_FIELDS.on_behalf_of, entityById),
    );
    for (const [key, types] of REFERENCE_QUALIFIERS) {
      const value = v.qualifiers?.[key];
      if (value === undefined) continue;
      for (const id of splitIds(value))
        checkRef(problems, r, ['qualifiers', key], id, types, entityById);
    }
  }
}

/** A reference qualifier's ids: "a, b" → ["a", "b"]. */
export function splitIds(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function checkEnds(
  problems: Problem[],
  r: Located<Relation>,
  entityById: Lookup,
  vocabulary: Vocabulary,
) {
  const v = r.value;
  const spec = vocabulary.relationType(v.type);
  if (!spec)
    problems.push(
      problemAt(r, ['type'], {
        code: 'unknown-relation-type',
        message: `"${v.type}" is not a relation type of this dataset (${vocabulary.fileName})`,
        hint: `Use a declared type (${vocabulary.relationTypeIds.map((t) => `"${t}"`).join(', ')}), or declare "${v.type}" under "relationTypes" in ${vocabulary.fileName} (id, label, inverse, source, target, description).`,
      }),
    );
  for (const end of ['source', 'target'] as const) {
    const entity = entityById.get(v[end]);
    if (!entity) {
      problems.push(
        problemAt(r, [end], {
          code: 'dangling-reference',
          message: `${end} "${v[end]}" is not the id of any entity`,
          hint: 'Add that entity to graph-data/entities/, or correct the id (ids are case-sensitive slugs).',
        }),
      );
    } else if (spec && !vocabulary.allows(v.type, end, entity.addedType ?? entity.type)) {
      const type = entity.addedType ?? entity.type;
      problems.push(
        problemAt(r, [end], {
          code: 'relation-endpoint-type',
          message: `"${v.type}" cannot have ${article(type)} ${type} as its ${end} ("${entity.id}"); allowed: ${spec[end].join(', ')}`,
          hint: 'Pick a relation type whose vocabulary entry allows these entity types, or swap source and target.',
        }),
      );
    }
  }
}

function checkRef(
  problems: Problem[],
  r: Located<Relation>,
  sub: Path,
  id: string,
  types: readonly EntityType[],
  entityById: Lookup,
) {
  const field = sub.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
  const entity = entityById.get(id);
  if (!entity) {
    problems.push(
      problemAt(r, sub, {
        code: 'dangling-reference',
        message: `${field} "${id}" is not the id of any entity`,
        hint: `Give the id of ${aOr(types)} (ids are case-sensitive slugs), or add that entity to graph-data/entities/.`,
      }),
    );
  } else if (!types.includes(entity.type)) {
    problems.push(
      problemAt(r, sub, {
        code: 'reference-type',
        message: `${field} must name ${aOr(types)}, but "${id}" is ${article(entity.type)} ${entity.type}`,
        hint: fieldHint(sub[0]),
      }),
    );
  }
}

function fieldHint(field: string | number | undefined): string {
  switch (field) {
    case 'at':
      return '"at" is the meeting the statement was made at: use a meeting id.';
    case 'by':
      return '"by" lists the people who made the statement: use person ids (the side goes in "on_behalf_of").';
    case 'on_behalf_of':
      return '"on_behalf_of" lists the sides: use country or organization ids (the speaker goes in "by").';
    default:
      return 'Use the id of an entity of the listed type.';
  }
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
const aOr = (types: readonly string[]) => `${article(types[0] ?? '')} ${types.join(' or ')}`;
