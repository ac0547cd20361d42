/**
 * `npm run bench:startup`: the main-thread tasks over 50 ms while the bundled
 * graph first appears, read from a Chromium performance trace (no Lighthouse,
 * no simulated network). Builds and serves the app as `npm run bench` does,
 * loads it N times (default 5) at 1350×940 (Lighthouse's desktop size), and
 * prints for each run the blocking time after the first contentful paint
 * (Σ of each task's time over 50 ms, as Lighthouse's total blocking time
 * counts it), the tasks themselves and the machine's load average.
 *
 * Options: --runs N.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAndServe } from './build';
import { Chromium } from './chromium';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  const runs = Number(argValue('--runs') ?? 5);
  const site = await buildAndServe();
  const chromium = await Chromium.start();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'parley-startup-'));
  const blocking: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const load = Math.round(os.loadavg()[0]! * 100) / 100;
      const context = await chromium.browser.newContext({ viewport: { width: 1350, height: 940 } });
      const page = await context.newPage();
      await page.goto(site.url + 'blank'); // the same origin first: tracing survives the navigation
      const file = path.join(tmp, `trace-${r}.json`);
      await chromium.browser.startTracing(page, {
        path: file,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'loading',
        ],
      });
      await page.goto(site.url);
      await page.waitForSelector('.graph[aria-busy="false"]', { timeout: 60_000 });
      await page.waitForTimeout(3000); // what runs after the graph settles (idle work) counts too
      await chromium.browser.stopTracing();
      await context.close();
      const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] })
        .traceEvents;
      const nav = events.find(
        (e) =>
          e.name === 'navigationStart' &&
          e.args?.data?.isLoadingMainFrame &&
          e.args.data.documentLoaderURL === site.url,
      );
      if (!nav) throw new Error('bench/startup: no navigation in the trace');
      const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === nav.pid);
      const from = fcp?.ts ?? nav.ts;
      const tasks = events
        .filter(
          (e) =>
            e.pid === nav.pid &&
            e.tid === nav.tid &&
            e.name === 'RunTask' &&
            e.ph === 'X' &&
            e.ts >= from &&
            (e.dur ?? 0) > 50_000,
        )
        .map((e) => Math.round((e.dur ?? 0) / 1000));
      const tbt = tasks.reduce((s, ms) => s + ms - 50, 0);
      blocking.push(tbt);
      process.stdout.write(
        `run ${r + 1}: blocking time ${tbt} ms after first paint (load average ${load}); ` +
          `tasks over 50 ms: ${tasks.join(', ') || 'none'}\n`,
      );
    }
  } finally {
    await chromium.close();
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const sorted = [...blocking].sort((a, b) => a - b);
  process.stdout.write(
    `median ${sorted[Math.floor(sorted.length / 2)]} ms (${sorted[0]}–${sorted.at(-1)}) over ${runs} runs\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
