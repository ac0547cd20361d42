import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_VOCABULARY, DEFAULT_VOCABULARY_FILE } from '../src/model';
import { terminalLines } from './cliOutput';
import { schemaFiles } from './schemaFiles';
import type { CommandResult } from './validateCommand';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * `new-dataset <dir> [--title "…"]` as a function: writes a dataset folder
 * that validates as it is (no data yet) and a README on filling it in. It
 * never writes into a folder that already holds something.
 */
export async function newDatasetCommand(
  args: string[],
  cwd = process.cwd(),
): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { title: { type: 'string' } },
    });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  const [target, ...extra] = parsed.positionals;
  if (!target || extra.length) return usage('give one folder to create');
  const dir = path.resolve(cwd, target);
  if (existsSync(dir) && (await readdir(dir)).length > 0)
    return usage(`${dir} already exists and is not empty: pick a new folder`);
  const title = parsed.values.title?.trim() || path.basename(dir);

  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await mkdir(path.join(dir, 'entities'), { recursive: true });
  await mkdir(path.join(dir, 'relations'), { recursive: true });
  const files: [string, string][] = [
    ['sources.json', json({ $schema: './schema/parley.schema.json', title, sources: [] })],
    ['entities/entities.json', json({ $schema: '../schema/parley.schema.json', entities: [] })],
    ['relations/relations.json', json({ $schema: '../schema/parley.schema.json', relations: [] })],
    [
      'vocabulary.json',
      json({ $schema: './schema/vocabulary.schema.json', ...DEFAULT_VOCABULARY_FILE }),
    ],
    ['README.md', datasetReadme(title, target)],
  ];
  for (const [name, text] of files) await writeFile(path.join(dir, name), text);
  for (const [file, text] of await schemaFiles(dir, DEFAULT_VOCABULARY)) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return {
    status: 0,
    stdout: terminalLines([
      `Created ${dir}: sources/, sources.json, entities/, relations/, vocabulary.json, schema/, README.md`,
      `Next: add a source text (see ${path.join(target, 'README.md')}), then`,
      `  npm run validate -- --data ${target}`,
      `  npm run dev -- --data ${target}`,
    ]),
    stderr: '',
  };
}

function usage(problem: string): CommandResult {
  return {
    status: 2,
    stdout: '',
    stderr: terminalLines([
      `new-dataset: ${problem}`,
      'usage: npm run new-dataset -- <folder> [--title "Title of the dataset"]',
    ]),
  };
}

/** The README a new dataset starts with: how to add a source, an entity and a relation. */
export function datasetReadme(title: string, dir: string): string {
  return `# ${title}

A Parley dataset. Every relation rests on an exact quote from a source text in \`sources/\`.

## Add a source

1. Save the article as plain UTF-8 text in \`sources/\`, e.g. \`sources/article-1.txt\`. Keep it
   verbatim: it is the evidence every quote is checked against.
2. List it in \`sources.json\`:

   \`\`\`json
   { "id": "article-1", "title": "What the article is about", "language": "en", "file": "article-1.txt" }
   \`\`\`

## Add entities

In \`entities/entities.json\` (any \`*.json\` under \`entities/\` works):

\`\`\`json
{ "id": "ada-lovelace", "type": "person", "label": "Ada Lovelace", "description": "Mathematician." }
\`\`\`

Types: person, meeting (needs \`kind\` and \`date\`), agreement (needs \`kind\`), topic, organization,
country, place — and any type \`vocabulary.json\` adds under \`entityTypes\`.

## Add a relation

In \`relations/relations.json\`, with the exact words of the source:

\`\`\`json
{
  "id": "ada-lovelace.met_with.charles-babbage",
  "type": "met_with",
  "source": "ada-lovelace",
  "target": "charles-babbage",
  "evidence": [{ "source": "article-1", "quote": "Ada Lovelace met Charles Babbage" }]
}
\`\`\`

The relation types, which entity types each may join, and the qualifier keys are in
\`vocabulary.json\`: add your own there (e.g. \`funded\`), then run \`npm run schema -- --data ${dir}\`
so editors know them. \`"statements": { "convention": false }\` lets statements (discussed,
agreed…) go without a meeting and sides.

## Check and look at it

\`\`\`sh
npm run validate -- --data ${dir}   # every quote checked against sources/
npm run dev -- --data ${dir}        # the explorer, on this dataset
npm run build -- --data ${dir}      # a site for it, in dist/
\`\`\`
`;
}
