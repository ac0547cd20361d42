import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { METRIC_KEYS, type BenchResults } from '../../bench/report';

/**
 * The benchmark harness in smoke mode (tiny sizes, one run, short steps), so
 * it cannot rot. Only the shape of the results is checked: timing is the
 * harness's business, never a test's.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runSmoke(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'bench/run.ts', '--smoke', '--out', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('bench harness (smoke mode)', () => {
  it('measures every scenario on both pages and writes JSON and Markdown', async () => {
    const out = path.join(dir, 'smoke.json');
    const { code, output } = await runSmoke(out);
    expect(code, output).toBe(0);
    expect(existsSync(out), output).toBe(true);
    expect(existsSync(path.join(dir, 'smoke.md'))).toBe(true);
    const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;

    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.bundle.initial.length).toBeGreaterThan(0);
    expect(results.bundle.initialGzip).toBeGreaterThan(0);
    expect(results.scenarios.map((s) => s.dataset)).toEqual(['bundled', '40']);

    // The load split needs the app's performance marks; everything else must be measured.
    const needsMarks = new Set(['loadMs', 'renderMs']);
    // The baseline page has no time bar, no path search and no List view.
    const parleyOnly = new Set([
      'timeRangeMs',
      'pathMs',
      'pathSearchMs',
      'listOpenMs',
      'listSortMs',
    ]);
    for (const s of results.scenarios) {
      for (const target of ['parley', 'baseline'] as const) {
        const t = s[target];
        expect(t.runs, `${s.dataset} ${target}`).toHaveLength(1);
        const run = t.runs[0]!;
        expect(run.errors, `${s.dataset} ${target}`).toEqual([]);
        for (const k of METRIC_KEYS) {
          expect(Object.keys(t.median), `${s.dataset} ${target}`).toContain(k);
          const v = run.figures[k];
          if (v === null && needsMarks.has(k) && target === 'parley') continue;
          if (v === null && parleyOnly.has(k) && target === 'baseline') continue;
          expect(typeof v, `${s.dataset} ${target} ${k}`).toBe('number');
        }
        expect(run.samples.search.length).toBeGreaterThan(0);
        expect(run.samples.select.length).toBeGreaterThan(0);
        expect(run.samples.filter).toHaveLength(2);
        expect(run.exportVia).not.toBeNull();
      }
      for (const k of METRIC_KEYS) expect(Object.keys(s.overhead)).toContain(k);
    }
    expect(results.budgets.map((b) => b.id)).toEqual(
      expect.arrayContaining(['bundled-settled', '5000-freeze', '20000-explorable', 'initial-js']),
    );
    expect(output).toContain('| Figure | Parley | Baseline | Overhead |');
  }, 180_000);
});
