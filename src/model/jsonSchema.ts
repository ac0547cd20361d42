import { z } from 'zod';
import { DataFile } from './schema';

/** The JSON Schema that data files reference via `$schema` (editor autocomplete and checks). */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(DataFile, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Parley data file', $id: 'https://parley.invalid/schema/parley.schema.json' }, null, 2)}\n`;
}
