import path from 'node:path';
import { shapesTurtle, vocabularyTurtle } from '../src/data/rdf/vocabularyFile';
import { jsonSchemaText, vocabularySchemaText } from '../src/model/jsonSchema';
import type { Vocabulary } from '../src/model';

/** The files `npm run schema` generates into `<dataDir>/schema/`, from the dataset's vocabulary. */
export async function schemaFiles(
  dataDir: string,
  vocabulary: Vocabulary,
): Promise<[string, string][]> {
  const dir = path.join(dataDir, 'schema');
  return [
    [path.join(dir, 'parley.schema.json'), jsonSchemaText(vocabulary)],
    [path.join(dir, 'vocabulary.schema.json'), vocabularySchemaText()],
    [path.join(dir, 'parley.ttl'), await vocabularyTurtle(vocabulary)],
    [path.join(dir, 'parley.shapes.ttl'), await shapesTurtle(vocabulary)],
  ];
}
