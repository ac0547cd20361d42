/**
 * npm run schema [-- --data DIR] [--check]: writes (or checks) the generated
 * files in DIR/schema/ (default graph-data/schema/), all from the dataset's
 * vocabulary (DIR/vocabulary.json, else the default): the JSON Schema of its
 * data files and of vocabulary.json, the RDF vocabulary and its SHACL shapes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readVocabularyOfDir } from '../src/data/node';
import { formatProblem } from '../src/data/problems';
import './cliExit';
import { exitWith, printLines } from './cliOutput';
import { DEFAULT_DATA_DIR } from './cliData';
import { schemaFiles } from './schemaFiles';

const { values } = parseArgs({
  options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, check: { type: 'boolean' } },
});
const dataDir = path.resolve(values.data);
const { vocabulary, problems } = await readVocabularyOfDir(dataDir);
if (!vocabulary) {
  printLines(process.stderr, problems.map(formatProblem));
  exitWith(1, `schema: fix ${path.join(dataDir, 'vocabulary.json')} first.`);
} else {
  const targets = await schemaFiles(dataDir, vocabulary);
  for (const [target, text] of targets) {
    if (values.check) {
      const current = await readFile(target, 'utf8').catch(() => '');
      if (current !== text) {
        process.stderr.write(
          `${target} is out of date: run npm run schema${values.data === DEFAULT_DATA_DIR ? '' : ` -- --data ${values.data}`}\n`,
        );
        process.exitCode = 1;
      }
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
      process.stderr.write(`wrote ${target}\n`);
    }
  }
}
