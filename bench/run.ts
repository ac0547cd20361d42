/**
 * `npm run bench`: builds the app and the baseline page into a private
 * temporary directory, serves them on 127.0.0.1, and drives headless
 * Chromium through every scenario several times, for the bundled dataset and
 * synthetic ones. Writes bench/results/latest.json (and latest.md) and prints
 * the Markdown tables: Parley next to the baseline, the overhead ratio, and
 * which budgets hold. See bench/options.ts for the options.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildAndServe, REPO_ROOT, type Site } from './build';
import { Chromium } from './chromium';
import { pathLatency, warmConnection, type PathFigures } from './connection';
import { listLatency } from './list';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '../src/features/export/options';
import { bundledDataset, syntheticDataset, type BenchDataset } from './datasets';
import { parseArgs, type BenchOptions, type BenchStep } from './options';
import {
  exportViaCy,
  exportViaMenu,
  filterLatency,
  timeRangeLatency,
  heapMB,
  installInstrumentation,
  panZoomFrames,
  panZoomMouse,
  searchLatencies,
  selectLatency,
  Timeout,
  waitSettled,
  type LoadFigures,
} from './page';
import { formatProfile, summarizeProfile, type CpuProfile } from './profile';
import {
  METRIC_KEYS,
  evaluateBudgets,
  markdown,
  median,
  overhead,
  summarize,
  type BenchResults,
  type Figures,
  type Machine,
  type RunResult,
  type ScenarioResult,
  type Target,
} from './report';

const VIEWPORT = { width: 1280, height: 800 };
const OPEN_INPUT = 'input[type="file"][aria-label="Open dataset file"]';

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

class NotAvailable extends Error {}

function emptyFigures(): Figures {
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as Figures;
}

interface Context {
  opts: BenchOptions;
  site: Site;
  bundledEntities: number;
  files: Map<string, string>;
  graphSize: { width: number; height: number } | null;
  artifacts: string;
}

async function measure(
  browser: Browser,
  ctx: Context,
  target: Target,
  ds: BenchDataset,
  run: number,
): Promise<RunResult> {
  const { opts, site } = ctx;
  const figures = emptyFigures();
  const result: RunResult = {
    figures,
    samples: { search: [], select: [], filter: [] },
    exportBytes: null,
    exportVia: null,
    errors: [],
  };
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await installInstrumentation(context);
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    const profiling = opts.profile && run === 0;
    const tracing = opts.trace && run === 0;
    const tag = `${target}-${ds.name}`;

    // Recording starts on a blank page of the same origin, so a process swap
    // on navigation cannot drop it.
    const startRecording = async () => {
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await cdp.send('Profiler.start');
      }
      if (tracing) {
        await browser.startTracing(page, {
          path: path.join(ctx.artifacts, `trace-${tag}.json`),
          screenshots: false,
        });
      }
    };
    const saveProfile = async (name: string) => {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const file = path.join(ctx.artifacts, `profile-${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log(formatProfile(`CPU profile ${name} (${file})`, summarizeProfile(profile, 25)));
    };
    /** With --profile, the first run's interactions are profiled too. */
    const profiled = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      if (!profiling && !tracing) return fn();
      const traceFile = path.join(ctx.artifacts, `trace-${tag}-${name}.json`);
      if (profiling) await cdp.send('Profiler.start');
      if (tracing) await browser.startTracing(page, { path: traceFile, screenshots: false });
      try {
        return await fn();
      } finally {
        if (profiling) await saveProfile(`${tag}-${name}`);
        if (tracing) {
          await browser.stopTracing();
          log(`trace written: ${traceFile}`);
        }
      }
    };
    const stopRecording = async () => {
      if (profiling) await saveProfile(tag);
      if (tracing) {
        await browser.stopTracing();
        log(`trace written: ${path.join(ctx.artifacts, `trace-${tag}.json`)}`);
      }
    };

    let load: LoadFigures;
    const timeout = opts.loadTimeoutMs;
    const size = ctx.graphSize ?? { width: 640, height: 700 };
    const baselineUrl = (extra: string) =>
      `${site.url}baseline/?w=${Math.round(size.width)}&h=${Math.round(size.height)}${extra}`;
    if (ds.name === 'bundled') {
      await page.goto(`${site.url}bench-data/blank.html`);
      await startRecording();
      await page.goto(
        // The bundled dataset's baseline draws at Parley's shipped positions (no layout), as Parley does.
        target === 'parley' ? site.url : baselineUrl('&data=../bench-data/bundled.json&preset=1'),
      );
      load = await waitSettled(page, ds.entities, 0, timeout);
    } else {
      if (target === 'parley') {
        await page.goto(site.url);
        await waitSettled(page, ctx.bundledEntities, 0, timeout);
      } else {
        await page.goto(baselineUrl(''));
        await waitSettled(page, 0, 0, timeout);
      }
      const input = page.locator(OPEN_INPUT);
      try {
        await input.waitFor({ state: 'attached', timeout: 5_000 });
      } catch {
        throw new NotAvailable(
          'the app has no hidden file input named "Open dataset file" yet, so synthetic datasets cannot be opened',
        );
      }
      await startRecording();
      await input.setInputFiles(ctx.files.get(ds.name)!);
      load = await waitSettled(page, ds.entities, 'file', timeout);
    }
    await stopRecording();
    Object.assign(figures, load);
    if (target === 'parley' && !ctx.graphSize) {
      ctx.graphSize = await page.locator('[data-testid="graph"]').boundingBox();
    }
    figures.heapMB = await heapMB(cdp);
    if (opts.screenshots && run === 0) {
      await page.screenshot({ path: path.join(ctx.artifacts, `screenshot-${tag}.png`) });
    }

    const step = async (name: string, fn: () => Promise<void>, id?: BenchStep) => {
      if (opts.steps && id && !opts.steps.includes(id)) return;
      try {
        await fn();
      } catch (e) {
        result.errors.push(`${target} ${name}: ${e instanceof Error ? e.message : String(e)}`);
        if (e instanceof Timeout) throw Object.assign(e, { reported: true });
      }
    };
    // The API gesture first, on caches as cold as a freshly loaded graph's.
    await step(
      'pan/zoom',
      async () => {
        const f = await profiled('panzoom', () => panZoomFrames(page, opts.fpsMs));
        figures.fps = f.fps;
        figures.worstFrameMs = f.worstFrameMs;
      },
      'panzoom',
    );
    await step(
      'mouse pan/zoom',
      async () => {
        const f = await profiled('mouse', () => panZoomMouse(page, opts.fpsMs));
        if (!f) throw new Error('no background point to drag from');
        figures.mouseFps = f.fps;
        figures.mouseWorstFrameMs = f.worstFrameMs;
      },
      'mouse',
    );
    await step(
      'search',
      async () => {
        result.samples.search = await profiled('search', () => searchLatencies(page, ds.query));
        figures.searchMs = median(result.samples.search);
      },
      'search',
    );
    await step(
      'select',
      async () => {
        for (const c of ds.clicks) {
          if (result.samples.select.length >= opts.clicks) break;
          const ms = await selectLatency(page, c.id, (fn) => profiled('select', fn));
          if (ms !== null) result.samples.select.push(ms);
        }
        if (result.samples.select.length === 0)
          throw new Error('no node could be clicked clear of edges');
        figures.selectMs = median(result.samples.select);
      },
      'select',
    );
    await step(
      'filter',
      async () => {
        const without = ds.entities - ds.typeCounts[ds.filterType];
        result.samples.filter.push(
          await profiled('filter', () => filterLatency(page, ds.filterLabel, without)),
        );
        result.samples.filter.push(await filterLatency(page, ds.filterLabel, ds.entities));
        figures.filterMs = median(result.samples.filter);
      },
      'filter',
    );
    await step(
      'time range',
      async () => {
        figures.timeRangeMs = await profiled('time', () => timeRangeLatency(page));
      },
      'time',
    );
    await step(
      'path',
      async () => {
        if (target !== 'parley' || !(await warmConnection(page))) return;
        const ends = ds.clicks.map((c) => c.id);
        const samples: PathFigures[] = [];
        for (let i = 1; i < Math.min(ends.length, 4); i++)
          samples.push(await profiled('path', () => pathLatency(page, ends[0]!, ends[i]!)));
        figures.pathMs = median(samples.map((x) => x.responseMs));
        figures.pathSearchMs = median(samples.map((x) => x.searchMs));
        await page.getByRole('button', { name: 'Close connection' }).click();
      },
      'path',
    );
    await step(
      'list',
      async () => {
        if (target !== 'parley') return;
        const f = await profiled('list', () => listLatency(page, opts.stepTimeoutMs));
        if (!f) return;
        log(
          `  List view: first open ${fmtMs(f.firstOpenMs)} (code download included), open ${fmtMs(f.openMs)}, sort ${fmtMs(f.sortMs)}`,
        );
        figures.listOpenMs = f.openMs;
        figures.listSortMs = f.sortMs;
      },
      'list',
    );
    await step(
      'export',
      async () => {
        const menu = page.getByRole('button', { name: 'Export', exact: true });
        const f =
          (await menu.count()) > 0
            ? await exportViaMenu(page, opts.stepTimeoutMs)
            : await exportViaCy(page, opts.stepTimeoutMs, {
                side: MAX_IMAGE_SIDE,
                pixels: MAX_IMAGE_PIXELS,
              });
        figures.exportMs = f.exportMs;
        result.exportBytes = f.exportBytes;
        result.exportVia = f.via;
      },
      'export',
    );
    for (const e of pageErrors.slice(0, 3)) result.errors.push(`${target} page error: ${e}`);
  } catch (e) {
    if (!(e as { reported?: boolean }).reported) {
      result.errors.push(
        e instanceof NotAvailable
          ? e.message
          : `${target} load: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (e instanceof Timeout) throw Object.assign(e, { partial: result });
  } finally {
    await Promise.race([
      context.close().catch(() => undefined),
      new Promise((r) => setTimeout(r, 10_000)),
    ]);
  }
  return result;
}

function machine(chromiumVersion: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

export async function runBench(opts: BenchOptions): Promise<BenchResults> {
  const pick = { keystrokes: opts.keystrokes, clicks: opts.clicks };
  const bundled = await bundledDataset(path.join(REPO_ROOT, 'graph-data'), pick);
  const datasets: BenchDataset[] = [
    ...(opts.bundled ? [bundled] : []),
    ...opts.sizes.map((n) => {
      const t = performance.now();
      const ds = syntheticDataset(n, opts.seed, pick);
      log(
        `generated ${n} entities, ${ds.relations} relations (${(ds.text.length / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - t)} ms`,
      );
      return ds;
    }),
  ];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-data-'));
  const artifacts = path.dirname(opts.out);
  mkdirSync(artifacts, { recursive: true });
  const files = new Map<string, string>();
  for (const ds of datasets) {
    if (ds.name === 'bundled') continue;
    const file = path.join(tmp, `parley-synthetic-${ds.name}.json`);
    writeFileSync(file, ds.text);
    files.set(ds.name, file);
  }

  log(
    `building the app and the baseline page${opts.profile ? ' (unminified, for profiling)' : ''}`,
  );
  const site = await buildAndServe({
    minify: !opts.profile,
    data: {
      'bundled.json': bundled.text,
      'blank.html': '<!doctype html><title>blank</title>',
    },
  });
  log(`serving ${site.url}; initial JS ${(site.bundle.initialGzip / 1000).toFixed(1)} kB gzip`);
  const ctx: Context = {
    opts,
    site,
    bundledEntities: bundled.entities,
    files,
    graphSize: null,
    artifacts,
  };
  const scenarios: ScenarioResult[] = [];
  let chromiumVersion = 'unknown';
  try {
    for (const ds of datasets) {
      const runs: Record<Target, RunResult[]> = { parley: [], baseline: [] };
      let browser = await Chromium.start();
      chromiumVersion = browser.browser.version();
      try {
        for (let run = 0; run < opts.runs; run++) {
          for (const target of opts.targets) {
            const t = Date.now();
            let r: RunResult;
            try {
              r = await measure(browser.browser, ctx, target, ds, run);
            } catch (e) {
              // A page that does not answer: kill Chromium and start afresh.
              log(
                `${target} ${ds.name}: ${e instanceof Error ? e.message : String(e)}; restarting Chromium`,
              );
              r = (e as { partial?: RunResult }).partial ?? {
                figures: emptyFigures(),
                samples: { search: [], select: [], filter: [] },
                exportBytes: null,
                exportVia: null,
                errors: [String(e)],
              };
              await browser.kill();
              browser = await Chromium.start();
            }
            runs[target].push(r);
            for (const e of r.errors) log(`  not measured: ${e.split('\n')[0]}`);
            const f = r.figures;
            log(
              `${ds.name} ${target} run ${run + 1}/${opts.runs} (${Math.round((Date.now() - t) / 1000)} s): settled ${fmtMs(f.settledMs)}, longest task ${fmtMs(f.maxLongTaskMs)}, ${f.mouseFps === null ? '–' : f.mouseFps.toFixed(0)} fps by mouse, ${f.fps === null ? '–' : f.fps.toFixed(0)} by API, search ${fmtMs(f.searchMs)}, select ${fmtMs(f.selectMs)}, filter ${fmtMs(f.filterMs)}, export ${fmtMs(f.exportMs)}${r.errors.length ? `; ${r.errors.length} not measured` : ''}`,
            );
          }
        }
      } finally {
        await browser.close();
      }
      const parley = summarize(runs.parley);
      const baseline = summarize(runs.baseline);
      scenarios.push({
        dataset: ds.name,
        entities: ds.entities,
        relations: ds.relations,
        parley,
        baseline,
        overhead: overhead(parley.median, baseline.median),
      });
    }
  } finally {
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  return {
    generatedAt: new Date().toISOString(),
    machine: machine(chromiumVersion),
    options: {
      sizes: opts.sizes,
      bundled: opts.bundled,
      runs: opts.runs,
      seed: opts.seed,
      smoke: opts.smoke,
      fpsMs: opts.fpsMs,
      keystrokes: opts.keystrokes,
      clicks: opts.clicks,
      loadTimeoutMs: opts.loadTimeoutMs,
      viewport: VIEWPORT,
      targets: opts.targets,
    },
    bundle: site.bundle,
    scenarios,
    budgets: evaluateBudgets(scenarios, site.bundle, opts.loadTimeoutMs),
  };
}

function fmtMs(v: number | null): string {
  if (v === null) return '–';
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
}

async function main() {
  let opts: BenchOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  let results: BenchResults;
  if (opts.from) {
    results = JSON.parse(readFileSync(opts.from, 'utf8')) as BenchResults;
    const timeout = Number(results.options.loadTimeoutMs) || opts.loadTimeoutMs;
    results.budgets = evaluateBudgets(results.scenarios, results.bundle, timeout);
  } else {
    results = await runBench(opts);
  }
  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  const md = markdown(results);
  writeFileSync(opts.out.replace(/\.json$/, '') + '.md', `${md}\n`);
  process.stdout.write(`\n${md}\n\nResults: ${opts.out}\n`);
}

await main();
