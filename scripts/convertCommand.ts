import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importFiles } from '../src/data/importers/openFiles';
import { nodeXmlSupport } from '../src/data/importers/node';
import { asWritten } from '../src/data/bundle';
import { DEFAULT_VOCABULARY } from '../src/model';
import { formatProblem } from '../src/data/problems';
import { terminalLines } from './cliOutput';
import type { CommandResult } from './validateCommand';

/**
 * `convert <file> [<edges.csv>] --out DIR [--keep-repeated]`: a GEXF, GraphML,
 * JSON graph, CSV or RDF file → a Parley dataset folder, read exactly as
 * Open… reads it: `entities/entities.json`, `relations/relations.json`,
 * `kinds.json` (the file's own kinds of node and edge, in its words: the
 * vocabulary to declare), `look.json` (its layout, colours and sizes, when it
 * has them) and `load-report.md` (what was mapped, merged and left out).
 */
export async function convertCommand(args: string[], cwd = process.cwd()): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'keep-repeated': { type: 'boolean', default: false },
    },
  });
  if (!positionals.length || !values.out)
    return {
      status: 2,
      stdout: '',
      stderr: terminalLines([
        'usage: npm run convert -- FILE [EDGES.csv] --out DIR [--keep-repeated]',
      ]),
    };
  const files = await Promise.all(
    positionals.map(async (p) => ({
      name: path.basename(p),
      text: await readFile(path.resolve(cwd, p), 'utf8'),
    })),
  );
  const outcome = await importFiles(files, nodeXmlSupport, {
    keepRepeated: values['keep-repeated'],
  });
  if (!outcome.ok)
    return { status: 1, stdout: '', stderr: terminalLines(outcome.problems.map(formatProblem)) };
  const { dataset, report } = outcome;
  const out = path.resolve(cwd, values.out);
  await mkdir(path.join(out, 'entities'), { recursive: true });
  await mkdir(path.join(out, 'relations'), { recursive: true });
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  await writeFile(
    path.join(out, 'entities', 'entities.json'),
    json({
      ...(dataset.title ? { title: dataset.title } : {}),
      entities: dataset.entities.map(asWritten),
    }),
  );
  // The file's own kinds are the dataset's vocabulary.
  if (dataset.vocabulary)
    await writeFile(path.join(out, 'vocabulary.json'), json(dataset.vocabulary.file));
  const vocabulary = dataset.vocabulary ?? DEFAULT_VOCABULARY;
  await writeFile(
    path.join(out, 'relations', 'relations.json'),
    json({ relations: dataset.relations }),
  );
  const kinds = {
    nodes: countKinds(dataset.entities.map((e) => vocabulary.entityLabel(e.addedType ?? e.type))),
    relations: countKinds(
      dataset.relations.map((r) => vocabulary.relationType(r.type)?.label ?? r.type),
    ),
  };
  await writeFile(path.join(out, 'kinds.json'), json(kinds));
  if (dataset.look) await writeFile(path.join(out, 'look.json'), json(dataset.look));
  const lines = [
    `# Load report: ${files.map((f) => f.name).join(' + ')}`,
    '',
    `Read as ${outcome.format}: ${dataset.entities.length} entities, ${dataset.relations.length} relations.`,
    '',
    ...(report
      ? [
          '## Mapped',
          '',
          ...report.mapped.map((l) => `- ${l}`),
          '',
          '## Not mapped',
          '',
          ...report.unmapped.map((l) => `- ${l}`),
        ]
      : []),
    '',
  ];
  await writeFile(path.join(out, 'load-report.md'), lines.join('\n'));
  return {
    status: 0,
    stdout: terminalLines([
      `Wrote ${out}: ${dataset.entities.length} entities, ${dataset.relations.length} relations (${outcome.format})${report?.summary.length ? `; ${report.summary.join('; ')}` : ''}.`,
    ]),
    stderr: '',
  };
}

/** Kinds in the file's words (the vocabulary's labels), most frequent first. */
function countKinds(labels: readonly string[]) {
  const counts = new Map<string, number>();
  for (const k of labels) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count }));
}
