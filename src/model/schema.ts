import './zodConfig';
import { z } from 'zod';
import { AGREEMENT_KINDS, MEETING_KINDS, type EntityType } from './entityTypes';
import { TYPE_ID_PATTERN, VocabularyFileSchema, type Vocabulary } from './vocabulary';

/**
 * The one source of truth for Parley's data format. TypeScript types are
 * inferred from these schemas and `npm run schema` writes the JSON Schema
 * that the files in graph-data/ reference through `$schema`.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

const Id = z
  .string()
  .regex(ID_PATTERN, 'ids are lowercase slugs: letters, digits and single - _ . between them')
  .describe('A stable, readable slug, unique across the whole dataset.');

const Text = z.string().trim().min(1, 'must not be empty');

export const DatePrecision = z.enum(['day', 'month', 'year', 'unknown']);

/** A date as precise as the sources allow; what is unknown stays unknown. */
export const DateSpec = z
  .strictObject({
    precision: DatePrecision.describe('How much of the date the sources state.'),
    value: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD')
      .optional()
      .describe('YYYY-MM-DD, YYYY-MM or YYYY, matching the precision. Omitted when unknown.'),
    note: Text.optional().describe('What the text says, when the date is implied or unknown.'),
  })
  .describe('A date with its precision.');

export const Evidence = z
  .strictObject({
    source: Id.describe('The id of a source in sources.json.'),
    quote: Text.max(320, 'quotes are short excerpts: at most 320 characters').describe(
      'An exact excerpt of the source text that states the fact.',
    ),
    sentence: Text.max(1200, 'a sentence is at most 1200 characters')
      .optional()
      .describe(
        'The whole sentence of the source text that contains the quote, so a reader sees it in context. The quote must occur in it.',
      ),
  })
  .describe('Where a fact comes from.');

export const Source = z
  .strictObject({
    id: Id,
    title: Text,
    publisher: Text.optional().describe('Omitted when the text does not say.'),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD')
      .optional()
      .describe('Publication date where known.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "en"'),
    file: Text.describe('File name of the source text in the corpus directory.'),
    note: Text.optional(),
  })
  .describe('A document the dataset is curated from.');

/**
 * What a foreign file says that Parley's fields do not (a GEXF column, a
 * Cytoscape data field): kept as written, shown in Details and the List.
 */
export const FileAttributes = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .describe("An imported file's own attributes, by their name in the file.");

const entityBase = {
  id: Id,
  label: Text.describe('The name shown in the graph.'),
  aliases: z
    .array(Text)
    .default([])
    .describe('Every other surface form used in the sources ("Ngoc", "U.S.").'),
  description: Text.describe("The curator's own summary; never a quote."),
  note: Text.optional().describe('Uncertainty, or what the sources leave open.'),
  attributes: FileAttributes.optional(),
};

export const Person = z.strictObject({ ...entityBase, type: z.literal('person') });
export const Organization = z.strictObject({
  ...entityBase,
  type: z.literal('organization'),
  kind: Text.optional().describe('ministry, department, party, bloc, agency, legislature…'),
});
export const Country = z.strictObject({ ...entityBase, type: z.literal('country') });
export const Place = z.strictObject({
  ...entityBase,
  type: z.literal('place'),
  kind: Text.optional().describe('city, airport, sea, ocean, region…'),
});
export const Topic = z.strictObject({ ...entityBase, type: z.literal('topic') });
export const Meeting = z.strictObject({
  ...entityBase,
  type: z.literal('meeting'),
  kind: z.enum(MEETING_KINDS),
  date: DateSpec,
  number: z.number().int().positive().optional().describe('Number in its series, when stated.'),
});
export const Agreement = z.strictObject({
  ...entityBase,
  type: z.literal('agreement'),
  kind: z.enum(AGREEMENT_KINDS),
  date: DateSpec.optional(),
});

export const Entity = z.discriminatedUnion('type', [
  Person,
  Organization,
  Country,
  Place,
  Topic,
  Meeting,
  Agreement,
]);

/**
 * The qualifier keys of Parley's own vocabulary. A dataset's vocabulary
 * lists the keys it allows (`qualifiers`); any other key is an error (a typo
 * such as "tilte" would otherwise pass silently). Entity references are not
 * qualifiers: they are the typed fields `at`, `by` and `on_behalf_of`, or one
 * of REFERENCE_QUALIFIERS below.
 */
export const QUALIFIER_KEYS = [
  'title',
  'counterpart_title',
  'what',
  'as',
  'assessment',
  'stance',
  'for',
  'addressed_to',
  'through',
  'with',
  'between',
  'status',
  'visits',
  'under',
  'in',
  'to',
  'conveyed_by',
  'original_type',
] as const;
export type QualifierKey = (typeof QUALIFIER_KEYS)[number];

/**
 * Qualifiers whose value is a list of entity ids (", "-separated), checked
 * like `at`/`by`: each id must name an entity of one of these types.
 */
export const REFERENCE_QUALIFIERS: ReadonlyMap<string, readonly EntityType[]> = new Map<
  string,
  readonly EntityType[]
>([
  ['under', ['agreement']],
  ['in', ['topic']],
  ['to', ['meeting']],
  ['conveyed_by', ['person']],
]);

/** What `at`, `by` and `on_behalf_of` may name. */
export const REFERENCE_FIELDS = {
  at: ['meeting'],
  by: ['person'],
  on_behalf_of: ['country', 'organization'],
} as const satisfies Record<string, readonly EntityType[]>;

export const Relation = z
  .strictObject({
    id: Id,
    type: z
      .string()
      .regex(TYPE_ID_PATTERN, 'relation types are lowercase words joined by "_", e.g. "met_with"')
      .describe("A relation type from the dataset's vocabulary (vocabulary.json)."),
    source: Id.describe('The id of the entity the relation starts from.'),
    target: Id.describe('The id of the entity the relation points to.'),
    date: DateSpec.optional(),
    at: Id.optional().describe(
      'The meeting a statement was made at (or a participation took place at): the id of a meeting.',
    ),
    by: z
      .array(Id)
      .min(1, 'list at least one person, or leave "by" out')
      .optional()
      .describe('The person(s) who made the statement: ids of people.'),
    on_behalf_of: z
      .array(Id)
      .min(1, 'list at least one side, or leave "on_behalf_of" out')
      .optional()
      .describe(
        'The side(s) a statement was made for, or a participant represented: ids of countries or organizations. One id = one side; two = a joint statement.',
      ),
    qualifiers: z
      .record(z.string(), Text)
      .optional()
      .describe(
        'Free-text facts about the relation itself, e.g. { "title": "Deputy Foreign Minister" }. Only the keys the vocabulary lists ("qualifiers") are allowed.',
      ),
    note: Text.optional(),
    undirected: z
      .literal(true)
      .optional()
      .describe('An undirected link (read both ways, drawn without an arrowhead).'),
    weight: z.number().finite().optional().describe("The file's weight (summed when merged)."),
    count: z
      .number()
      .int()
      .min(2)
      .optional()
      .describe('How many repeated edges of the file this relation stands for.'),
    attributes: FileAttributes.optional(),
    evidence: z.array(Evidence).min(1, 'every relation needs at least one piece of evidence'),
  })
  .describe('A typed, directed relation between two entities.');

/** A relation of a dataset converted from another tool's file (`importedFrom`): evidence may be empty. */
export const ImportedRelation = Relation.extend({
  evidence: z.array(Evidence).describe('Empty when the file had no quotes.'),
});

/**
 * A data file. The directory graph-data/ is a set of such files; a bundle is
 * one file holding everything, marked with `format` and `version`.
 */
export const DataFile = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal('parley-bundle').optional(),
    version: z.literal(1).optional(),
    title: Text.optional(),
    sources: z.array(Source).optional(),
    entities: z.array(Entity).optional(),
    relations: z.array(Relation).optional(),
    vocabulary: VocabularyFileSchema.optional().describe(
      'A bundle carries its vocabulary; a data file in a folder leaves it to vocabulary.json.',
    ),
  })
  .describe('A Parley data file: sources, entities and relations.');

export type DatePrecision = z.infer<typeof DatePrecision>;
export type DateSpec = z.infer<typeof DateSpec>;
export type Evidence = z.infer<typeof Evidence>;
export type Source = z.infer<typeof Source>;
/**
 * An entity. When its file names a type the vocabulary adds ("company"),
 * `type` is the built-in type it behaves as (organization; place for a type
 * that extends none) and `addedType` the type as written.
 */
export type Entity = z.infer<typeof Entity> & { addedType?: string };
export type Meeting = z.infer<typeof Meeting>;
export type Agreement = z.infer<typeof Agreement>;
export type Relation = z.infer<typeof Relation>;
export type DataFile = z.infer<typeof DataFile>;
export type FileAttributes = z.infer<typeof FileAttributes>;
export type DataFileInput = z.input<typeof DataFile>;

/** Positions, colours and sizes an imported file carried (GEXF viz, x/y columns, yEd geometry). */
export interface FileLook {
  positions?: Record<string, { x: number; y: number }>;
  colours?: Record<string, string>;
  sizes?: Record<string, number>;
}

/** A whole dataset, after every file was read. */
export interface Dataset {
  title?: string;
  /** Its vocabulary (vocabulary.json); DEFAULT_VOCABULARY when absent. */
  vocabulary?: Vocabulary;
  sources: Source[];
  entities: Entity[];
  relations: Relation[];
  /** Only for imported files that carry their own layout or styling. */
  look?: FileLook;
}
