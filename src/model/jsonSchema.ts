import { z } from 'zod';
import { DataFile } from './schema';
import { DEFAULT_VOCABULARY, Vocabulary, VocabularyFileSchema } from './vocabulary';

type Json = Record<string, unknown>;
const ID_BASE = 'https://parley.invalid/schema/';

/**
 * The JSON Schema that a dataset's data files reference via `$schema` (editor
 * autocomplete and checks), for that dataset's vocabulary: its relation types
 * as an enum, its qualifier keys, and an entity variant per type it adds.
 */
export function jsonSchemaText(vocabulary: Vocabulary = DEFAULT_VOCABULARY): string {
  const schema = z.toJSONSchema(DataFile, { io: 'input', target: 'draft-2020-12' }) as Json;
  const props = schema.properties as Record<string, Json>;
  const relation = (props.relations?.items as Json).properties as Record<string, Json>;
  const { pattern: _pattern, ...type } = relation.type ?? {};
  relation.type = { ...type, enum: vocabulary.relationTypeIds };
  relation.qualifiers = {
    type: 'object',
    description: relation.qualifiers?.description,
    properties: Object.fromEntries(
      vocabulary.qualifiers.map((k) => [k, { type: 'string', minLength: 1 }]),
    ),
    additionalProperties: false,
  };
  const variants = (props.entities?.items as Json).oneOf as Json[];
  for (const t of vocabulary.entityTypes) {
    const base = variants.find(
      (v) => ((v.properties as Record<string, Json>).type?.const ?? '') === (t.extends ?? 'place'),
    );
    if (!base) continue;
    const baseProps = base.properties as Record<string, Json>;
    variants.push({
      ...base,
      properties: {
        ...baseProps,
        type: { type: 'string', const: t.id, description: t.description ?? t.label },
      },
    });
  }
  return `${JSON.stringify({ ...schema, title: 'Parley data file', $id: `${ID_BASE}parley.schema.json` }, null, 2)}\n`;
}

/** The JSON Schema of vocabulary.json. */
export function vocabularySchemaText(): string {
  const schema = z.toJSONSchema(VocabularyFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Parley vocabulary', $id: `${ID_BASE}vocabulary.schema.json` }, null, 2)}\n`;
}
