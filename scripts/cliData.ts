import path from 'node:path';
import { defaultSourcesDir, loadDatasetFromDir } from '../src/data/node';
import { countErrors, formatProblem } from '../src/data/problems';

export const DEFAULT_DATA_DIR = 'graph-data';

/** Loads and validates a data directory; exits with status 1 on errors unless told otherwise. */
export async function loadForCli(opts: { data?: string; sources?: string; quiet?: boolean }) {
  const dataDir = path.resolve(opts.data ?? DEFAULT_DATA_DIR);
  const sourcesDir = opts.sources ? path.resolve(opts.sources) : defaultSourcesDir();
  const result = await loadDatasetFromDir(dataDir, sourcesDir ? { sourcesDir } : {});
  const errors = countErrors(result.problems);
  if (errors > 0) {
    for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(
      `${errors} error(s) in ${dataDir}: fix them (npm run validate) before exporting.\n`,
    );
    process.exit(1);
  }
  return { ...result, dataDir, sourcesDir };
}
