import path from 'node:path';
import { defaultSourcesDir, loadDatasetFromDir } from '../src/data/node';
import { countErrors, formatProblem } from '../src/data/problems';
import './cliExit';
import { exitWith, printLines } from './cliOutput';

export const DEFAULT_DATA_DIR = 'graph-data';

/** Loads and validates a data directory; stops the CLI with status 1 on errors. */
export async function loadForCli(opts: { data?: string; sources?: string; quiet?: boolean }) {
  const dataDir = path.resolve(opts.data ?? DEFAULT_DATA_DIR);
  const sourcesDir = opts.sources ? path.resolve(opts.sources) : defaultSourcesDir(dataDir);
  const result = await loadDatasetFromDir(dataDir, sourcesDir ? { sourcesDir } : {});
  const errors = countErrors(result.problems);
  if (errors > 0) {
    printLines(process.stderr, result.problems.map(formatProblem));
    exitWith(1, `${errors} error(s) in ${dataDir}: fix them (npm run validate) before exporting.`);
  }
  return { ...result, dataDir, sourcesDir };
}
