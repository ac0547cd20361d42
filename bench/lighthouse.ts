/**
 * `npm run bench:lighthouse`: builds the app (as `npm run bench` does, into a
 * private directory), serves it on 127.0.0.1 and runs Lighthouse on it
 * (navigation, desktop preset) several times with the machine's Chromium.
 * Writes bench/results/lighthouse.json and lighthouse.md: total blocking time
 * (median, min–max, and each run with the machine's load average as it
 * started), the accessibility and best-practices scores, every audit in those
 * two categories that did not pass, and each run's tasks over 50 ms (what the
 * blocking time is made of; printed as the runs go). Not part of `npm test`:
 * one run takes about 30 s on this machine.
 *
 * Options: --runs N (default 3), --out FILE (default bench/results/lighthouse.json),
 * --report FILE (keep the last run's full Lighthouse report, to see what it found).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildAndServe, REPO_ROOT } from './build';
import { CHROMIUM_ARGS } from './chromium';
import { lcpInPage } from './lcpInPage';
import { escapeTerminal } from '../scripts/cliOutput';

const run = promisify(execFile);
const log = (msg: string) => process.stderr.write(`[lighthouse] ${msg}\n`);

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: {
    items?: {
      url?: string;
      duration?: number;
      startTime?: number;
      node?: LhNode;
      items?: { node?: LhNode }[];
      type?: string;
      snippet?: string;
      selector?: string;
    }[];
  };
}
/** An element as Lighthouse describes it (a node item). */
interface LhNode {
  snippet?: string;
  selector?: string;
}
interface Report {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

export interface LighthouseRun {
  totalBlockingTimeMs: number;
  accessibility: number;
  bestPractices: number;
  performance: number;
  /** Largest and first contentful paint, speed index, ms. */
  lcpMs: number;
  fcpMs: number;
  speedIndexMs: number;
  /** The element Lighthouse took for the largest contentful paint (its HTML, shortened). */
  lcpElement: string;
  /** Audits of accessibility and best practices that did not pass: "id: title". */
  failing: string[];
  /** The main-thread tasks over 50 ms Lighthouse saw (what the blocking time is made of), longest first. */
  longTasks: { script: string; ms: number; atMs: number }[];
  /** The machine's 1-minute load average as the run started (a shared machine inflates everything). */
  loadAverage?: number;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function lighthouseOnce(url: string, dir: string, n: number): Promise<LighthouseRun> {
  const out = path.join(dir, `run-${n}.json`);
  await run(
    path.join(REPO_ROOT, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--preset=desktop',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      timeout: 180_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return summarize(JSON.parse(readFileSync(out, 'utf8')) as Report);
}

/**
 * The LCP element as "selector <snippet>". Lighthouse 13 dropped the
 * largest-contentful-paint-element audit: the element is the node item in
 * lcp-breakdown-insight's list. 10 and 12 had it in that audit's first row
 * (12 one table deeper).
 */
const NOT_REPORTED = 'not reported';
export function lcpElement(r: Report): string {
  const insight = r.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node');
  const row = r.audits['largest-contentful-paint-element']?.details?.items?.[0];
  const node = insight ?? row?.node ?? row?.items?.[0]?.node;
  const text = [node?.selector, node?.snippet].filter(Boolean).join(' ').replace(/\s+/g, ' ');
  // Page text reaches the terminal: escaped.
  return text ? escapeTerminal(text.slice(0, 160)) : NOT_REPORTED;
}

export function summarize(r: Report): LighthouseRun {
  const score = (c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);
  const failing = ['accessibility', 'best-practices'].flatMap((c) =>
    (r.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => r.audits[ref.id])
      .filter((a): a is Audit => !!a && a.scoreDisplayMode === 'binary' && a.score !== 1)
      .map((a) => `${c}/${a.id}: ${a.title}`),
  );
  const longTasks = (r.audits['long-tasks']?.details?.items ?? []).map((t) => ({
    script: String(t.url ?? '').replace(/^https?:\/\/[^/]+\//, '/') || 'unattributable',
    ms: Math.round(t.duration ?? 0),
    atMs: Math.round(t.startTime ?? 0),
  }));
  const ms = (id: string) => Math.round(r.audits[id]?.numericValue ?? NaN);
  return {
    totalBlockingTimeMs: ms('total-blocking-time'),
    lcpMs: ms('largest-contentful-paint'),
    fcpMs: ms('first-contentful-paint'),
    speedIndexMs: ms('speed-index'),
    lcpElement: lcpElement(r),
    longTasks,
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    performance: score('performance'),
    failing,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const runs = Number(argValue('--runs') ?? 3);
  const outFile = path.resolve(
    argValue('--out') ?? path.join(REPO_ROOT, 'bench/results/lighthouse.json'),
  );
  log('building the app…');
  const site = await buildAndServe();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'parley-lighthouse-'));
  const results: LighthouseRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      log(`run ${i + 1} of ${runs} on ${site.url}`);
      const loadAverage = Math.round(os.loadavg()[0]! * 100) / 100;
      const result = await lighthouseOnce(site.url, tmp, i);
      // Lighthouse could not name it (gone from the page by the end of its run): as painted.
      if (result.lcpElement === NOT_REPORTED) {
        result.lcpElement = `${await lcpInPage(site.url)} (seen in the page; Lighthouse named none)`;
      }
      results.push({ ...result, loadAverage });
      log(
        `  performance ${result.performance}, LCP ${result.lcpMs} ms (${result.lcpElement}), ` +
          `FCP ${result.fcpMs} ms, speed index ${result.speedIndexMs} ms; ` +
          `total blocking time ${result.totalBlockingTimeMs} ms (load average ${loadAverage}); ` +
          `tasks over 50 ms: ${result.longTasks.map((t) => t.ms).join(', ') || 'none'}`,
      );
    }
    const keep = argValue('--report');
    if (keep) copyFileSync(path.join(tmp, `run-${runs - 1}.json`), path.resolve(keep));
  } finally {
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const tbt = results.map((r) => r.totalBlockingTimeMs);
  const spread = (xs: number[]) => ({
    median: median(xs),
    min: Math.min(...xs),
    max: Math.max(...xs),
  });
  const lcp = spread(results.map((r) => r.lcpMs));
  const perf = spread(results.map((r) => r.performance));
  const si = spread(results.map((r) => r.speedIndexMs));
  const fcp = spread(results.map((r) => r.fcpMs));
  const summary = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
    initialJsGzipKB: Math.round(site.bundle.initialGzip / 102.4) / 10,
    runs: results,
    totalBlockingTimeMs: { median: median(tbt), min: Math.min(...tbt), max: Math.max(...tbt) },
    performance: perf,
    lcpMs: lcp,
    fcpMs: fcp,
    speedIndexMs: si,
    accessibility: median(results.map((r) => r.accessibility)),
    bestPractices: median(results.map((r) => r.bestPractices)),
    failing: [...new Set(results.flatMap((r) => r.failing))],
  };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(summary, null, 2) + '\n');
  const md = [
    `# Lighthouse (navigation, desktop preset), ${runs} runs, ${summary.date.slice(0, 10)}`,
    '',
    '| Figure | Value |',
    '| --- | --- |',
    `| Performance | ${perf.median} (${perf.min}–${perf.max}) |`,
    `| Largest contentful paint | ${lcp.median} ms (${lcp.min}–${lcp.max}) |`,
    `| First contentful paint | ${fcp.median} ms (${fcp.min}–${fcp.max}) |`,
    `| Speed index | ${si.median} ms (${si.min}–${si.max}) |`,
    `| LCP element | ${[...new Set(results.map((r) => r.lcpElement.replace(/[|\n]/g, ' ')))].map((e) => `\`${e}\``).join(', ')} |`,
    `| Total blocking time | ${summary.totalBlockingTimeMs.median} ms (${summary.totalBlockingTimeMs.min}–${summary.totalBlockingTimeMs.max}) |`,
    `| Per run (load average) | ${results.map((r) => `${r.totalBlockingTimeMs} ms (${r.loadAverage ?? '?'})`).join(', ')} |`,
    `| Accessibility | ${summary.accessibility} |`,
    `| Best practices | ${summary.bestPractices} |`,
    `| Initial JS (gzip) | ${summary.initialJsGzipKB} KB |`,
    '',
    summary.failing.length ? `Failing audits: ${summary.failing.join('; ')}` : 'No failing audits.',
    '',
  ].join('\n');
  writeFileSync(outFile.replace(/\.json$/, '.md'), md);
  process.stdout.write(md);
}

// Run when started as a script (`npm run bench:lighthouse`), not when imported (the unit test).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  });
}
