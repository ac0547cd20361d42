import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSourcesDir, loadDatasetFromDir } from '../src/data/node';
import { countErrors, formatProblem } from '../src/data/problems';
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
  const { dataset, problems, files } = loaded;
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
      errors,
      warnings,
      problems,
    };
    return { status, stdout: terminalJson(report), stderr: '' };
  }
  const lines = problems.map(formatProblem);
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
