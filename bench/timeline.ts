/**
 * npm run bench:timeline [-- --nodes N --edges M] [--cpu-profile FILE] [--hub]
 *
 * One foreign CSV opened through Open…: prints every parley:* performance
 * mark and each long task (start, duration) from the file's change event, so
 * a regression in the load pipeline can be located rather than guessed.
 * `--cpu-profile` writes a CPU profile of the load (with `--hub`: of selecting
 * the hub of 500 neighbours once the graph has settled), from an unminified build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAndServe } from './build';
import { Chromium } from './chromium';
import { edgeListCsv } from './foreignFiles';
import { toCyId } from '../src/cy/ids';
import {
  installInstrumentation,
  selectLatencies,
  waitSettled,
  type Around,
  type BenchGlobal,
} from './page';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '1500' },
    edges: { type: 'string', default: '20000' },
    'cpu-profile': { type: 'string' },
    hub: { type: 'boolean', default: false },
  },
});
const nodes = Number(values.nodes);
const tmp = mkdtempSync(path.join(tmpdir(), 'parley-timeline-'));
const file = path.join(tmp, 'edges.csv');
writeFileSync(file, edgeListCsv({ nodes, edges: Number(values.edges) }));
// Readable names in the profile.
const site = await buildAndServe({ minify: !values['cpu-profile'] });
const chromium = await Chromium.start();
try {
  const context = await chromium.browser.newContext({ viewport: { width: 1350, height: 940 } });
  await installInstrumentation(context);
  const page = await context.newPage();
  await page.goto(site.url);
  await page.locator('[data-testid="graph"][aria-busy="false"]').waitFor({ timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  const profiling = values['cpu-profile'];
  if (profiling && !values.hub) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.getByLabel('Open dataset file').setInputFiles(file);
  const load = await waitSettled(page, nodes, 'file', 600_000);
  if (values.hub) {
    const around: Around = async (fn) => {
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      return fn();
    };
    const t = await selectLatencies(page, toCyId('n0'), around);
    console.log(`hub → Details shown: ${t?.shownMs} ms, settled: ${t?.settledMs} ms`);
  }
  if (profiling) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profiling, JSON.stringify(profile));
  }
  const timeline = await page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchGlobal }).__bench;
    const t0 = b.fileChangeAt ?? 0;
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('parley:') && m.startTime >= t0)
      .map((m) => `${Math.round(m.startTime - t0)}\t${m.name}`);
    const tasks = b.longTasks
      .filter((t) => t.start >= t0)
      .map((t) => `${Math.round(t.start - t0)}\ttask ${Math.round(t.duration)} ms`);
    return [...marks, ...tasks].sort((a, z) => parseInt(a) - parseInt(z));
  });
  console.log(timeline.join('\n'));
  console.log(JSON.stringify(load));
} finally {
  await chromium.close();
  await site.close();
  rmSync(tmp, { recursive: true, force: true });
}
