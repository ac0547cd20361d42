/**
 * npm run validate [-- --data DIR] [--sources DIR] [--json]
 * Reports every problem in a data directory; exits 1 when there is any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSourcesDir, loadDatasetFromDir } from '../src/data/node';
import { countErrors, formatProblem } from '../src/data/problems';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'graph-data' },
    sources: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const dataDir = path.resolve(values.data);
const sourcesDir = values.sources ? path.resolve(values.sources) : defaultSourcesDir();
const { dataset, problems, files } = await loadDatasetFromDir(
  dataDir,
  sourcesDir ? { sourcesDir } : {},
).catch((e: unknown) => {
  process.stderr.write(`validate: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
const errors = countErrors(problems);
const warnings = problems.length - errors;
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
  process.stdout.write(
    `${JSON.stringify(
      {
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
      },
      null,
      2,
    )}\n`,
  );
} else {
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  if (!sourcesDir) {
    process.stdout.write(
      'note: no sources directory (--sources, or ../shared/sources): evidence quotes were not verified\n',
    );
  }
  const verified = sourcesDir
    ? `, ${checked} of ${quotes} quotes checked against ${dataset.sources.length - missingTexts.size} source texts`
    : '';
  process.stdout.write(
    `${errors === 0 ? 'OK' : 'FAILED'}: ${files.length} files, ${dataset.entities.length} entities, ${dataset.relations.length} relations${verified}; ${errors} errors, ${warnings} warnings\n`,
  );
}
process.exit(errors === 0 ? 0 : 1);
