/** npm run schema [-- --check]: writes (or checks) graph-data/schema/parley.schema.json from the zod schema. */
import { readFile, writeFile } from 'node:fs/promises';
import { jsonSchemaText } from '../src/model/jsonSchema';

const target = 'graph-data/schema/parley.schema.json';
const text = jsonSchemaText();
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write(`${target} is out of date: run npm run schema\n`);
    process.exitCode = 1;
  }
} else {
  await writeFile(target, text);
  process.stderr.write(`wrote ${target}\n`);
}
