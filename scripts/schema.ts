/**
 * npm run schema [-- --check]: writes (or checks) the generated files in
 * graph-data/schema/: the JSON Schema (from the zod schema), the RDF
 * vocabulary and its SHACL shapes (from src/model).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { shapesTurtle, vocabularyTurtle } from '../src/data/rdf/vocabularyFile';
import { jsonSchemaText } from '../src/model/jsonSchema';

const targets: [string, string][] = [
  ['graph-data/schema/parley.schema.json', jsonSchemaText()],
  ['graph-data/schema/parley.ttl', await vocabularyTurtle()],
  ['graph-data/schema/parley.shapes.ttl', await shapesTurtle()],
];
const check = process.argv.includes('--check');
for (const [target, text] of targets) {
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      process.stderr.write(`${target} is out of date: run npm run schema\n`);
      process.exitCode = 1;
    }
  } else {
    await writeFile(target, text);
    process.stderr.write(`wrote ${target}\n`);
  }
}
