/**
 * npm run evidence [-- --data DIR] [--sources DIR] [--json]
 * Reads every quote against its source text: exact, normalized (only after
 * whitespace and quote-mark folding), elsewhere (in another source) or
 * missing (with the closest passage as a suggestion, never applied); lists
 * per source the sentences no relation cites. Exits 1 when a quote is
 * missing or elsewhere.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSourcesDir, loadDatasetFromDir, readSourceTexts } from '../src/data/node';
import { countErrors, formatProblem } from '../src/data/problems';
import { evidenceFails, evidenceReport, type QuoteReport } from '../src/data/evidenceReport';
import { DEFAULT_DATA_DIR } from './cliData';
import { exitWith, printJson, printLines, runCli } from './cliOutput';

const short = (s: string, n = 100) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
};

function quoteLines(q: QuoteReport): string[] {
  const at = `${q.relation} #${q.index + 1} (${q.source})`;
  const a = q.anchor;
  const head = `${a.health.padEnd(10)}  ${at}: "${short(q.quote)}"`;
  if (a.health === 'elsewhere') return [head, `            found verbatim in ${a.foundIn}`];
  if (a.health !== 'missing') return [head];
  if (a.noText) return [head, '            its source has no text in the sources directory'];
  if (!a.suggestion) return [head, '            no passage of the source comes close'];
  const s = a.suggestion;
  return [
    head,
    `            closest passage (${s.errors} ${s.errors === 1 ? 'edit' : 'edits'}, offset ${s.span.start}): "${short(s.text, 160)}"`,
    '            (a suggestion: check it and fix the quote or the text by hand)',
  ];
}

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      sources: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(values.data ?? DEFAULT_DATA_DIR);
  const sourcesDir = values.sources ? path.resolve(values.sources) : defaultSourcesDir(dataDir);
  if (!sourcesDir)
    exitWith(1, `${dataDir} has no sources/ folder of texts: add one, or pass --sources DIR.`);
  // Read without the validator's quote check: reading the quotes is this command's job.
  const loaded = await loadDatasetFromDir(dataDir);
  const errors = countErrors(loaded.problems);
  if (errors > 0) {
    printLines(process.stderr, loaded.problems.map(formatProblem));
    exitWith(1, `${errors} error(s) in ${dataDir}: fix them (npm run validate) first.`);
  }
  const report = evidenceReport(loaded.dataset, await readSourceTexts(sourcesDir));
  const fails = evidenceFails(report);
  if (values.json) {
    printJson({ ok: !fails, ...report });
    return fails ? 1 : 0;
  }
  const out: string[] = [];
  const notExact = report.quotes.filter((q) => q.anchor.health !== 'exact');
  if (notExact.length) out.push('Quotes that are not exact:', ...notExact.flatMap(quoteLines), '');
  out.push('Sentences no relation cites:');
  for (const s of report.sources) {
    if (!s.hasText) {
      out.push(`  ${s.id} (${s.file}): no text`);
      continue;
    }
    out.push(`  ${s.id} (${s.file}): ${s.cited} of ${s.sentences} sentences cited`);
    for (const u of s.uncited) out.push(`    - "${short(u.text, 140)}"`);
  }
  const c = report.counts;
  out.push(
    '',
    `${fails ? 'FAIL' : 'OK'}: ${report.quotes.length} quotes — ${c.exact} exact, ${c.normalized} normalized, ${c.elsewhere} elsewhere, ${c.missing} missing`,
  );
  printLines(process.stdout, out);
  return fails ? 1 : 0;
});
