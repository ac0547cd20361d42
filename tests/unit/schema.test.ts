import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, ENTITY_TYPES } from '../../src/model';
import { jsonSchemaText } from '../../src/model/jsonSchema';

const SCHEMA_FILE = path.resolve('graph-data/schema/parley.schema.json');

describe('the JSON Schema file', () => {
  it('is exactly what jsonSchemaText() produces from the zod schema (run npm run schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(jsonSchemaText());
  });

  it('describes the data format: every entity and relation type, strict objects', () => {
    const text = jsonSchemaText();
    const schema = JSON.parse(text) as {
      $id: string;
      title: string;
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.$id).toBe('https://parley.invalid/schema/parley.schema.json');
    expect(schema.title).toBe('Parley data file');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        '$schema',
        'entities',
        'format',
        'relations',
        'sources',
        'title',
        'version',
        'vocabulary',
      ].sort(),
    );
    for (const t of ENTITY_TYPES) expect(text).toContain(`"const": "${t}"`);
    for (const t of DEFAULT_VOCABULARY.relationTypeIds) expect(text).toContain(`"${t}"`);
  });
});
