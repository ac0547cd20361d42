import './zodConfig';
import { z } from 'zod';
import defaultVocabularyData from './defaultVocabulary.json';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, isEntityType, type EntityType } from './entityTypes';

/**
 * A dataset's vocabulary, as data (`vocabulary.json` beside its sources):
 * the relation types it uses, the entity types it adds to the seven built-in
 * ones, the qualifier keys it allows and whether the statement convention
 * holds. A dataset without the file gets DEFAULT_VOCABULARY (Parley's own,
 * src/model/defaultVocabulary.json). The vocabulary is a value handed along
 * with the dataset (Dataset.vocabulary, the graph's `vocabulary` attribute),
 * never a module global.
 */

/**
 * The verb scale of a commitment: raised or discussed → agreed → reaffirmed →
 * committed → implemented. A relation type may name its stage (`stage`).
 */
export const VERB_STAGES = [
  'discussed',
  'agreed',
  'reaffirmed',
  'committed',
  'implemented',
] as const;
export type VerbStage = (typeof VERB_STAGES)[number];

/** Relation type and added entity type ids: lowercase words joined by `_`. */
export const TYPE_ID_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

const TypeId = z
  .string()
  .regex(TYPE_ID_PATTERN, 'type ids are lowercase words joined by "_", e.g. "court_case"');
const Text = z.string().trim().min(1, 'must not be empty');

export const EntityTypeSpecSchema = z
  .strictObject({
    id: TypeId.describe('How entities name the type in "type", e.g. "company".'),
    label: Text.describe('The name shown in the legend and the Details panel, e.g. "Company".'),
    extends: z
      .enum(ENTITY_TYPES)
      .optional()
      .describe(
        'The built-in type it behaves as (a company is an organization); omit it for a type that behaves as none.',
      ),
    description: Text.optional(),
  })
  .describe('An entity type the dataset adds to the seven built-in ones.');

export const RelationTypeSpecSchema = z
  .strictObject({
    id: TypeId.describe('How relations name the type in "type", e.g. "funded".'),
    label: Text.describe('Reads source → target: "Ha Kim Ngoc co-chaired the 12th dialogue".'),
    inverse: Text.describe('Reads target ← source: "12th dialogue co-chaired by Ha Kim Ngoc".'),
    source: z.array(TypeId).min(1).describe('The entity types the relation may start from.'),
    target: z.array(TypeId).min(1).describe('The entity types the relation may point to.'),
    description: Text,
    statement: z
      .boolean()
      .optional()
      .describe(
        'A statement: what a side said, agreed, committed to… at a meeting (see "statements").',
      ),
    stage: z
      .enum(VERB_STAGES)
      .optional()
      .describe('Its stage on the verb scale of a commitment, where it has one.'),
  })
  .describe('A typed, directed relation.');

export const VocabularyFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    entityTypes: z
      .array(EntityTypeSpecSchema)
      .default([])
      .describe(
        'Entity types added to person, meeting, agreement, topic, organization, country, place.',
      ),
    relationTypes: z.array(RelationTypeSpecSchema).min(1, 'declare at least one relation type'),
    qualifiers: z
      .array(TypeId)
      .default([])
      .describe('The free-text qualifier keys relations may carry.'),
    statements: z
      .strictObject({
        convention: z
          .boolean()
          .describe(
            'true: every statement names its meeting ("at") and side(s) ("on_behalf_of"); false: statements are plain relations.',
          ),
      })
      .default({ convention: true }),
    importedFrom: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Set by npm run convert: the other tool's file this dataset was converted from. Its relations carry no quotes, so relations without evidence are accepted (and counted) instead of refused.",
      ),
  })
  .describe("A Parley dataset's vocabulary.");

export type EntityTypeSpec = z.output<typeof EntityTypeSpecSchema>;
export type RelationTypeSpec = z.output<typeof RelationTypeSpecSchema>;
export type VocabularyFile = z.output<typeof VocabularyFileSchema>;
export type VocabularyFileInput = z.input<typeof VocabularyFileSchema>;

/** Relation type ids are open: a dataset's vocabulary declares them. */
export type RelationTypeId = string;

/** What is wrong with a vocabulary beyond its shape, at a path inside the file. */
export interface VocabularyIssue {
  path: (string | number)[];
  message: string;
  hint: string;
}

/** The cross-checks zod cannot make: unique ids, known entity types. */
export function vocabularyIssues(file: VocabularyFile): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  const added = new Set<string>();
  file.entityTypes.forEach((t, i) => {
    if (isEntityType(t.id))
      issues.push({
        path: ['entityTypes', i, 'id'],
        message: `"${t.id}" is a built-in entity type`,
        hint: 'List only the types the dataset adds; the seven built-in ones are always there.',
      });
    else if (added.has(t.id))
      issues.push({
        path: ['entityTypes', i, 'id'],
        message: `entity type "${t.id}" is declared twice`,
        hint: 'Keep one declaration.',
      });
    added.add(t.id);
  });
  const seen = new Set<string>();
  file.relationTypes.forEach((r, i) => {
    if (seen.has(r.id))
      issues.push({
        path: ['relationTypes', i, 'id'],
        message: `relation type "${r.id}" is declared twice`,
        hint: 'Keep one declaration.',
      });
    seen.add(r.id);
    for (const end of ['source', 'target'] as const)
      r[end].forEach((t, j) => {
        if (!isEntityType(t) && !added.has(t))
          issues.push({
            path: ['relationTypes', i, end, j],
            message: `"${t}" is not an entity type`,
            hint: `Use a built-in type (${ENTITY_TYPES.join(', ')}) or declare "${t}" in "entityTypes".`,
          });
      });
  });
  return issues;
}

/**
 * A checked vocabulary with the queries the rest of Parley asks of it. Built
 * from a VocabularyFile that passed VocabularyFileSchema and vocabularyIssues.
 */
export class Vocabulary {
  readonly relationTypes: readonly RelationTypeSpec[];
  /** The entity types the dataset adds (not the built-in ones). */
  readonly entityTypes: readonly EntityTypeSpec[];
  readonly qualifiers: readonly string[];
  /** Whether the statement convention holds (`statements.convention`). */
  readonly statementConvention: boolean;
  /** The foreign file a converted dataset came from: its relations may have no evidence. */
  readonly importedFrom: string | undefined;
  /** The file this came from, for messages ("declare it in vocabulary.json"). */
  readonly fileName: string;
  private readonly byId: ReadonlyMap<string, RelationTypeSpec>;
  private readonly added: ReadonlyMap<string, EntityTypeSpec>;

  constructor(
    readonly file: VocabularyFile,
    fileName = 'vocabulary.json',
  ) {
    this.relationTypes = file.relationTypes;
    this.entityTypes = file.entityTypes;
    this.qualifiers = file.qualifiers;
    this.statementConvention = file.statements.convention;
    this.importedFrom = file.importedFrom;
    this.fileName = fileName;
    this.byId = new Map(file.relationTypes.map((r) => [r.id, r]));
    this.added = new Map(file.entityTypes.map((t) => [t.id, t]));
  }

  /** As JSON (a graph's export): the vocabulary file's content, not this object's indexes. */
  toJSON(): VocabularyFile {
    return this.file;
  }

  relationType(id: string): RelationTypeSpec | undefined {
    return this.byId.get(id);
  }

  get relationTypeIds(): string[] {
    return this.relationTypes.map((r) => r.id);
  }

  /** True for the relation types that record what a side said (see `statement`). */
  isStatementType(id: string): boolean {
    return this.byId.get(id)?.statement === true;
  }

  /** The statement types, in vocabulary order. */
  get statementTypeIds(): string[] {
    return this.relationTypes.filter((r) => r.statement === true).map((r) => r.id);
  }

  /** The stage a relation type records on the verb scale, or undefined. */
  verbStage(id: string): VerbStage | undefined {
    return this.byId.get(id)?.stage;
  }

  /** A built-in entity type or one the vocabulary adds. */
  isEntityType(id: string): boolean {
    return isEntityType(id) || this.added.has(id);
  }

  /** An added entity type's declaration. */
  entityType(id: string): EntityTypeSpec | undefined {
    return this.added.get(id);
  }

  /** The built-in type an entity type behaves as (itself when built in); undefined for none. */
  baseType(id: string): EntityType | undefined {
    return isEntityType(id) ? id : this.added.get(id)?.extends;
  }

  /** Every entity type, built-in first then added, in legend order. */
  get allEntityTypes(): string[] {
    return [...ENTITY_TYPES, ...this.entityTypes.map((t) => t.id)];
  }

  /** "Person", "Company"; the id itself for a type the vocabulary does not know. */
  entityLabel(id: string): string {
    return isEntityType(id) ? ENTITY_TYPE_LABELS[id] : (this.added.get(id)?.label ?? id);
  }

  /**
   * Whether an entity of `type` may be the `end` of a relation of `relationType`:
   * listed itself, or an added type whose built-in (`extends`) is listed.
   */
  allows(relationTypeId: string, end: 'source' | 'target', type: string): boolean {
    const spec = this.byId.get(relationTypeId);
    if (!spec) return false;
    const base = this.added.get(type)?.extends;
    return spec[end].includes(type) || (base !== undefined && spec[end].includes(base));
  }

  /** Whether relations may carry this qualifier key. */
  allowsQualifier(key: string): boolean {
    return this.qualifiers.includes(key);
  }
}

/** Parley's own vocabulary: what a dataset without vocabulary.json uses. */
export const DEFAULT_VOCABULARY_FILE: VocabularyFile =
  VocabularyFileSchema.parse(defaultVocabularyData);
export const DEFAULT_VOCABULARY = new Vocabulary(DEFAULT_VOCABULARY_FILE, 'the default vocabulary');
