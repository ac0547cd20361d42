import type { EntityType } from './entityTypes';

/**
 * The relation vocabulary, as data. Each relation type is directed: `label`
 * reads source → target ("Ha Kim Ngoc co-chaired the 12th dialogue"),
 * `inverse` reads target ← source ("12th dialogue co-chaired by Ha Kim Ngoc").
 * `source` and `target` list the entity types the relation may join; the
 * validator rejects anything else.
 */
export interface RelationTypeSpec {
  readonly id: string;
  readonly label: string;
  readonly inverse: string;
  readonly source: readonly EntityType[];
  readonly target: readonly EntityType[];
  readonly description: string;
  /**
   * A statement: what a side said, agreed, committed to… at a meeting. Such a
   * relation must name the meeting (`at`) and its side(s) (`on_behalf_of`),
   * and its source follows the speaker/side/meeting convention.
   */
  readonly statement?: true;
}

const ACTORS = ['person', 'country', 'organization'] as const satisfies readonly EntityType[];
const SPEAKERS = [...ACTORS, 'meeting'] as const satisfies readonly EntityType[];
const SUBJECTS = [
  'topic',
  'agreement',
  'meeting',
  'country',
  'organization',
  'place',
  'person',
] as const satisfies readonly EntityType[];
const ALL = [
  'person',
  'meeting',
  'agreement',
  'topic',
  'organization',
  'country',
  'place',
] as const satisfies readonly EntityType[];

export const RELATION_TYPES = [
  {
    id: 'co_chaired',
    label: 'co-chaired',
    inverse: 'co-chaired by',
    source: ['person'],
    target: ['meeting'],
    description: 'A person chaired a meeting together with a counterpart.',
  },
  {
    id: 'attended',
    label: 'attended',
    inverse: 'attended by',
    source: ACTORS,
    target: ['meeting'],
    description: 'A person, delegation or country took part in a meeting.',
  },
  {
    id: 'met_with',
    label: 'met with',
    inverse: 'met with',
    source: ['person'],
    target: ['person', 'organization'],
    description: 'A person met or held discussions with another person or with an organization.',
  },
  {
    id: 'held_in',
    label: 'held in',
    inverse: 'venue of',
    source: ['meeting'],
    target: ['place', 'country'],
    description: 'Where a meeting took place.',
  },
  {
    id: 'hosted',
    label: 'hosted',
    inverse: 'hosted by',
    source: ['person', 'country', 'organization', 'place'],
    target: ['meeting'],
    description: 'Who or where hosted a meeting.',
  },
  {
    id: 'part_of',
    label: 'part of',
    inverse: 'includes',
    source: ALL,
    target: ALL,
    description:
      'Membership in a larger whole: a round in a dialogue mechanism, a department in a ministry, a sub-topic in a topic, a place in a region.',
  },
  {
    id: 'located_in',
    label: 'located in',
    inverse: 'location of',
    source: ['place', 'organization'],
    target: ['place', 'country'],
    description: 'Geographic containment.',
  },
  {
    id: 'after',
    label: 'after',
    inverse: 'before',
    source: ['meeting'],
    target: ['meeting'],
    description:
      'An event the texts place after an event of another kind ("the first dialogue of its kind after the upgrade"); `follows` is for rounds of one series.',
  },
  {
    id: 'follows',
    label: 'follows',
    inverse: 'followed by',
    source: ['meeting'],
    target: ['meeting'],
    description: 'A round that comes after an earlier round of the same series.',
  },
  {
    id: 'holds_role',
    label: 'holds role at',
    inverse: 'role held by',
    source: ['person'],
    target: ['organization', 'country'],
    description:
      'A person held a title in an organization or for a country; the title is in qualifiers.title, the time in date.',
  },
  {
    id: 'discussed',
    label: 'discussed',
    inverse: 'discussed at',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A meeting or its participants discussed a topic.',
    statement: true,
  },
  {
    id: 'agreed',
    label: 'agreed on',
    inverse: 'agreed at',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'Participants agreed on something: to continue, to hold, to implement.',
    statement: true,
  },
  {
    id: 'reaffirmed',
    label: 'reaffirmed',
    inverse: 'reaffirmed by',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A side reaffirmed, reiterated or affirmed a stance or commitment.',
    statement: true,
  },
  {
    id: 'supports',
    label: 'supports',
    inverse: 'supported by',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A side states its support for something.',
    statement: true,
  },
  {
    id: 'committed_to',
    label: 'committed to',
    inverse: 'commitment of',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A side commits to do or keep doing something.',
    statement: true,
  },
  {
    id: 'values',
    label: 'values',
    inverse: 'valued by',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A side says it values, treasures or regards something as important.',
    statement: true,
  },
  {
    id: 'welcomed',
    label: 'welcomed',
    inverse: 'welcomed by',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A side welcomed something, or welcomed a person.',
    statement: true,
  },
  {
    id: 'praised',
    label: 'praised',
    inverse: 'praised by',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A side praised, appreciated or applauded something.',
    statement: true,
  },
  {
    id: 'called_for',
    label: 'called for',
    inverse: 'called for by',
    source: SPEAKERS,
    target: SUBJECTS,
    description: 'A side called for or suggested something.',
    statement: true,
  },
  {
    id: 'thanked',
    label: 'thanked',
    inverse: 'thanked by',
    source: ACTORS,
    target: ['person', 'country', 'organization'],
    description: 'A side thanked another; what for is in qualifiers.for.',
    statement: true,
  },
  {
    id: 'greeted',
    label: 'sent greetings to',
    inverse: 'greeted by',
    source: ['person'],
    target: ['person'],
    description: 'A leader sent greetings to another (who conveyed them goes in a qualifier).',
  },
  {
    id: 'invited',
    label: 'invited',
    inverse: 'invited by',
    source: ['person', 'country', 'organization'],
    target: ['person', 'meeting'],
    description: 'A person invited another, or invited them to a meeting.',
  },
  {
    id: 'visited',
    label: 'visited',
    inverse: 'visited by',
    source: ['person', 'organization', 'country'],
    target: ['place', 'country'],
    description: 'A person or delegation visited a place.',
  },
  {
    id: 'implements',
    label: 'implements',
    inverse: 'implemented by',
    source: ['meeting', 'agreement'],
    target: ['agreement', 'meeting'],
    description: 'A meeting implements an agreement or the outcomes of an earlier meeting.',
  },
  {
    id: 'reviewed',
    label: 'reviewed',
    inverse: 'reviewed at',
    source: ['meeting', 'person'],
    target: ['agreement', 'topic', 'meeting'],
    description: 'A meeting reviewed progress on an agreement or area of cooperation.',
    statement: true,
  },
  {
    id: 'signed',
    label: 'signed',
    inverse: 'signed by',
    source: ACTORS,
    target: ['agreement'],
    description: 'A party signed or adopted an agreement.',
  },
  {
    id: 'established',
    label: 'established',
    inverse: 'established by',
    source: [...ACTORS, 'meeting', 'agreement'],
    target: ['agreement', 'meeting', 'topic'],
    description: 'Something established a framework, partnership or mechanism.',
  },
  {
    id: 'marks',
    label: 'marks',
    inverse: 'marked by',
    source: ['agreement', 'meeting'],
    target: ['agreement', 'meeting'],
    description: 'An anniversary marks an earlier agreement or event.',
  },
  {
    id: 'concerns',
    label: 'concerns',
    inverse: 'concerned by',
    source: ALL,
    target: ALL,
    description:
      'A topic or agreement concerns a place, country or another topic (e.g. a dioxin clean-up at an airport).',
  },
  {
    id: 'cooperates_with',
    label: 'cooperates with',
    inverse: 'cooperates with',
    source: ['organization', 'country'],
    target: ['organization', 'country'],
    description:
      'Two ministries, agencies or countries cooperate or coordinate; the field is in qualifiers.in or qualifiers.what.',
  },
  {
    id: 'celebrates',
    label: 'celebrates',
    inverse: 'celebrated by',
    source: ['country', 'organization'],
    target: ['agreement'],
    description: 'A side celebrates an anniversary.',
  },
  {
    id: 'member_of',
    label: 'member of',
    inverse: 'has member',
    source: ['country', 'organization'],
    target: ['organization'],
    description: 'Membership in a bloc or body.',
  },
  {
    id: 'related_to',
    label: 'related to',
    inverse: 'related to',
    source: ALL,
    target: ALL,
    description: 'A generic link, used for imported data whose relation type is unknown.',
  },
] as const satisfies readonly RelationTypeSpec[];

export type RelationTypeId = (typeof RELATION_TYPES)[number]['id'];

export const RELATION_TYPE_IDS = RELATION_TYPES.map((r) => r.id) as [
  RelationTypeId,
  ...RelationTypeId[],
];

const BY_ID = new Map<string, RelationTypeSpec>(RELATION_TYPES.map((r) => [r.id, r]));

export function relationType(id: string): RelationTypeSpec | undefined {
  return BY_ID.get(id);
}

/** True for the relation types that record what a side said (see `statement`). */
export function isStatementType(id: string): boolean {
  return BY_ID.get(id)?.statement === true;
}

/** The statement types, in vocabulary order. */
export const STATEMENT_TYPE_IDS: readonly RelationTypeId[] = RELATION_TYPES.filter(
  (r: RelationTypeSpec) => r.statement === true,
).map((r) => r.id as RelationTypeId);
