/** The kinds of entity Parley knows. Order is the legend order. */
export const ENTITY_TYPES = [
  'person',
  'meeting',
  'agreement',
  'topic',
  'organization',
  'country',
  'place',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Whether an untrusted string names one of the entity types. */
export function isEntityType(t: string): t is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(t);
}

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  meeting: 'Meeting',
  agreement: 'Agreement',
  topic: 'Topic',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
};

export const MEETING_KINDS = [
  'dialogue',
  'talks',
  'phone_talks',
  'summit',
  'visit',
  'sideline_meeting',
  'mechanism',
  'upgrade',
  'planned',
  'other',
] as const;

export const AGREEMENT_KINDS = [
  'joint_statement',
  'memorandum',
  'joint_vision_statement',
  'convention',
  'charter',
  'declaration',
  'code_of_conduct',
  'partnership_framework',
  'anniversary',
  'commitment',
  'other',
] as const;
