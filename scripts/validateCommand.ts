import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSourcesDir, loadDatasetFromDir } from '../src/data/node';
import { readdir } from 'node:fs/promises';
import { countErrors, formatProblem, type Problem } from '../src/data/problems';
import { terminalJson, terminalLines } from './cliOutput';

export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * `validate [--data DIR] [--sources DIR] [--json]` as a function: the
 * arguments in, the exit status and the (terminal-safe) output out. The
 * script writes it; tests run it in-process over the bad-input corpus.
 */
export async function validateCommand(args: string[], cwd = process.cwd()): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: 'graph-data' },
      sources: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(cwd, values.data);
  const sourcesDir = values.sources
    ? path.resolve(cwd, values.sources)
    : defaultSourcesDir(dataDir);
  let loaded: Awaited<ReturnType<typeof loadDatasetFromDir>>;
  try {
    loaded = await loadDatasetFromDir(dataDir, sourcesDir ? { sourcesDir } : {});
  } catch (e) {
    const message = `validate: ${e instanceof Error ? e.message : String(e)}`;
    return { status: 2, stdout: '', stderr: terminalLines([message]) };
  }
  const { dataset, files } = loaded;
  // A folder with no data file is no dataset: said, and a failure (not "OK: 0 files").
  const problems = files.length ? loaded.problems : [await nothingToRead(dataDir)];
  const errors = countErrors(problems);
  const warnings = problems.length - errors;
  const status = errors === 0 ? 0 : 1;
  const quotes = dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
  // Quotes whose source text is missing were not checked: say so in the summary.
  const missingTexts = new Set(
    problems.filter((p) => p.code === 'source-text-missing').map((p) => p.id),
  );
  const checked = dataset.relations.reduce(
    (n, r) => n + r.evidence.filter((e) => !missingTexts.has(e.source)).length,
    0,
  );

  if (values.json) {
    const report = {
      ok: errors === 0,
      dataDir,
      sourcesDir: sourcesDir ?? null,
      quotesVerified: sourcesDir !== undefined,
      files: files.length,
      counts: {
        sources: dataset.sources.length,
        entities: dataset.entities.length,
        relations: dataset.relations.length,
        evidence: quotes,
      },
      importedFrom: dataset.vocabulary?.importedFrom ?? null,
      errors,
      warnings,
      problems,
    };
    return { status, stdout: terminalJson(report), stderr: '' };
  }
  const lines = problems.map(formatProblem);
  const importedFrom = dataset.vocabulary?.importedFrom;
  const bare = dataset.relations.filter((r) => r.evidence.length === 0).length;
  if (importedFrom && bare)
    lines.push(
      `note: ${bare} ${bare === 1 ? 'relation has' : 'relations have'} no evidence (imported from ${importedFrom}): accepted, as vocabulary.json's "importedFrom" declares`,
    );
  if (!sourcesDir) {
    lines.push(
      'note: no sources directory (--sources, or sources/ inside the data folder): evidence quotes were not verified',
    );
  }
  const verified = sourcesDir
    ? `, ${checked} of ${quotes} quotes checked against ${dataset.sources.length - missingTexts.size} source texts`
    : '';
  lines.push(
    `${errors === 0 ? 'OK' : 'FAILED'}: ${files.length} files, ${dataset.entities.length} entities, ${dataset.relations.length} relations${verified}; ${errors} errors, ${warnings} warnings`,
  );
  return { status, stdout: terminalLines(lines), stderr: '' };
}

const FOREIGN = /\.(gexf|graphml|xml|csv|tsv|ttl|nt|jsonld|cyjs)$/i;

/** The one problem for a folder validate cannot read, naming the graph files it holds. */
async function nothingToRead(dataDir: string): Promise<Problem> {
  const names = await readdir(dataDir, { recursive: true }).catch(() => [] as string[]);
  const foreign = names.map(String).filter((n) => FOREIGN.test(n));
  return {
    severity: 'error',
    code: 'schema',
    file: dataDir,
    message: foreign.length
      ? `no Parley data file here, only ${foreign.length} graph ${foreign.length === 1 ? 'file' : 'files'} of other formats (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''})`
      : 'no Parley data file here (validate reads the .json files of a dataset folder: sources.json, entities/, relations/)',
    hint: foreign.length
      ? 'Turn each into a Parley dataset with npm run convert -- FILE --out DIR, or open it in the app with Open….'
      : 'Point --data at a dataset folder (see graph-data/).',
  };
}
