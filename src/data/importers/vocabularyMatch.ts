import {
  DEFAULT_VOCABULARY,
  isEntityType,
  type EntityType,
  type RelationTypeId,
  type Vocabulary,
} from '../../model';

/** Entities whose type cannot be recognized are shown as topics (the most generic type). */
export const FALLBACK_TYPE: EntityType = 'topic';

// A Map, not an object literal: a type named "constructor" must not find Object's.
const TYPE_SYNONYMS = new Map<string, EntityType>([
  ['people', 'person'],
  ['human', 'person'],
  ['individual', 'person'],
  ['actor', 'person'],
  ['org', 'organization'],
  ['organisation', 'organization'],
  ['institution', 'organization'],
  ['agency', 'organization'],
  ['ministry', 'organization'],
  ['company', 'organization'],
  ['party', 'organization'],
  ['nation', 'country'],
  ['state', 'country'],
  ['location', 'place'],
  ['city', 'place'],
  ['region', 'place'],
  ['event', 'meeting'],
  ['dialogue', 'meeting'],
  ['summit', 'meeting'],
  ['treaty', 'agreement'],
  ['accord', 'agreement'],
  ['document', 'agreement'],
  ['concept', 'topic'],
  ['theme', 'topic'],
  ['subject', 'topic'],
  ['issue', 'topic'],
]);

/** A Parley entity type from a foreign type name: the type, its plural, or a synonym. */
export function entityTypeOf(value: string | undefined): EntityType | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (isEntityType(v)) return v;
  const singular = v.endsWith('s') ? v.slice(0, -1) : v;
  if (isEntityType(singular)) return singular;
  return TYPE_SYNONYMS.get(v) ?? TYPE_SYNONYMS.get(singular);
}

// Per vocabulary, its relation types by id and by label, built once.
const NAMES = new WeakMap<Vocabulary, Map<string, RelationTypeId>>();
function namesOf(vocabulary: Vocabulary): Map<string, RelationTypeId> {
  let byName = NAMES.get(vocabulary);
  if (!byName) {
    byName = new Map();
    for (const r of vocabulary.relationTypes) {
      byName.set(r.id, r.id);
      byName.set(normalizeName(r.label), r.id);
    }
    NAMES.set(vocabulary, byName);
  }
  return byName;
}

function normalizeName(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * A vocabulary relation type from its id or its label ("co-chaired" →
 * co_chaired). Imports map into Parley's own vocabulary unless given another.
 */
export function relationTypeOf(
  value: string | undefined,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): RelationTypeId | undefined {
  if (!value) return undefined;
  return namesOf(vocabulary).get(normalizeName(value));
}

/** Whether the vocabulary lets this type join these entity types. */
export function allows(
  type: RelationTypeId,
  s?: EntityType,
  t?: EntityType,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): boolean {
  if (!s || !t) return false;
  return vocabulary.allows(type, 'source', s) && vocabulary.allows(type, 'target', t);
}
