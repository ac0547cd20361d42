import { describe, expect, it } from 'vitest';
import type { BundleReport } from '../../bench/build';
import { parseArgs } from '../../bench/options';
import { summarizeProfile, type CpuProfile } from '../../bench/profile';
import {
  evaluateBudgets,
  markdown,
  median,
  METRIC_KEYS,
  onDemandViolations,
  overhead,
  summarize,
  type Figures,
  type RunResult,
  type ScenarioResult,
} from '../../bench/report';

const figures = (over: Partial<Figures>): Figures =>
  ({ ...Object.fromEntries(METRIC_KEYS.map((k) => [k, 10])), ...over }) as Figures;
const run = (over: Partial<Figures>, errors: string[] = []): RunResult => ({
  figures: figures(over),
  samples: { search: [], select: [], filter: [] },
  exportBytes: 1,
  exportVia: 'cy.png',
  errors,
});
const bundle: BundleReport = {
  initial: [{ file: 'a.js', bytes: 900_000, gzip: 280_000, kind: 'entry' }],
  initialGzip: 280_000,
  initialCss: [],
  initialModules: ['src/app/main.tsx'],
  lazy: [],
  eagerOnDemandModules: [],
};

function scenario(dataset: string, parley: RunResult[], baseline: RunResult[]): ScenarioResult {
  const p = summarize(parley);
  const b = summarize(baseline);
  return {
    dataset,
    entities: 1,
    relations: 1,
    parley: p,
    baseline: b,
    overhead: overhead(p.median, b.median),
  };
}

describe('bench/report', () => {
  it('median of odd and even counts, null when empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('summarizes runs into median, min and max, skipping missing figures', () => {
    const s = summarize([run({ settledMs: 30 }), run({ settledMs: 10 }), run({ settledMs: null })]);
    expect(s.median.settledMs).toBe(20);
    expect(s.min.settledMs).toBe(10);
    expect(s.max.settledMs).toBe(30);
  });

  it('overhead is Parley ÷ baseline, inverted for frame rate', () => {
    const o = overhead(figures({ settledMs: 130, fps: 30 }), figures({ settledMs: 100, fps: 60 }));
    expect(o.settledMs).toBeCloseTo(1.3);
    expect(o.fps).toBeCloseTo(2);
  });

  it('evaluates the budgets on what was run', () => {
    const scenarios = [
      scenario(
        'bundled',
        [run({ settledMs: 125, selectMs: 20, searchMs: 40 })],
        [run({ settledMs: 100 })],
      ),
      scenario(
        '5000',
        [
          run({ maxLongTaskMs: 150, fps: 25, mouseFps: 40 }),
          run({ maxLongTaskMs: 250, fps: 35, mouseFps: 50 }),
        ],
        [run({})],
      ),
    ];
    const budgets = Object.fromEntries(
      evaluateBudgets(scenarios, bundle, 300_000).map((b) => [b.id, b.holds]),
    );
    expect(budgets['bundled-settled']).toBe(true);
    expect(budgets['bundled-selectMs']).toBe(true);
    expect(budgets['bundled-searchMs']).toBe(false);
    expect(budgets['5000-freeze']).toBe(false); // the worst run counts
    expect(budgets['5000-fps']).toBe(true); // by mouse: median 45
    expect(budgets['5000-fps-api']).toBe(false); // median of 25 and 35 is 30, not above it
    expect(budgets['20000-explorable']).toBeNull();
    expect(budgets['initial-js']).toBe(true);
    expect(budgets['on-demand']).toBe(true);
  });

  it('renders Markdown tables with every figure and budget', () => {
    const scenarios = [scenario('bundled', [run({})], [run({})])];
    const md = markdown({
      generatedAt: '2025-01-01T00:00:00Z',
      machine: { cpu: 'CPU', cores: 2, memoryGB: 4, os: 'Linux', node: 'v20', chromium: '1' },
      options: { runs: 1 },
      bundle,
      scenarios,
      budgets: evaluateBudgets(scenarios, bundle, 1000),
    });
    expect(md).toContain('| Figure | Parley | Baseline | Overhead |');
    expect(md).toContain('Load → graph drawn and settled');
    expect(md).toContain('Initial JavaScript');
    expect(md).toContain('| Budget | Limit | Measured | Holds |');
  });
});

describe('bench/report: on-demand code', () => {
  it('flags writers, parsers and analysis in the initial JS, not the menus that load them', () => {
    expect(
      onDemandViolations([
        'src/features/export/ExportMenu.tsx',
        'src/features/open/OpenControls.tsx',
        'src/data/importers/limits.ts',
        'src/graph/formats/index.ts',
        'react-dom/cjs/react-dom.production.js',
      ]),
    ).toEqual([]);
    expect(
      onDemandViolations([
        'papaparse/papaparse.min.js',
        'graphology-gexf/browser/writer.js',
        'src/graph/formats/gexf.ts',
        'src/features/export/runExport.ts',
        'src/data/importers/mapGraph.ts',
      ]),
    ).toHaveLength(5);
  });
});

describe('bench/options', () => {
  it('defaults to the four sizes and three runs; --smoke is tiny', () => {
    const d = parseArgs([], '/repo');
    expect(d.sizes).toEqual([100, 1000, 5000, 20000]);
    expect(d.runs).toBe(3);
    expect(d.out).toBe('/repo/bench/results/latest.json');
    const s = parseArgs(['--smoke'], '/repo');
    expect(s.runs).toBe(1);
    expect(Math.max(...s.sizes)).toBeLessThan(100);
    expect(s.out).not.toContain('bench/results');
  });

  it('parses sizes, runs and output, and rejects unknown options', () => {
    const o = parseArgs(
      ['--sizes', '100,1000', '--runs', '5', '--out', 'x.json', '--only', 'parley'],
      '/r',
    );
    expect(o.sizes).toEqual([100, 1000]);
    expect(o.runs).toBe(5);
    expect(o.out).toBe('/r/x.json');
    expect(o.targets).toEqual(['parley']);
    expect(parseArgs(['--sizes', 'none']).sizes).toEqual([]);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--runs', 'x'])).toThrow(/number/);
  });
});

describe('bench/profile', () => {
  it('attributes self and total time to functions', () => {
    const frame = (functionName: string) => ({
      functionName,
      url: 'http://x/a.js',
      lineNumber: 0,
      columnNumber: 0,
    });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('outer'), children: [3] },
        { id: 3, callFrame: frame('inner') },
      ],
      startTime: 0,
      endTime: 4000,
      samples: [2, 3, 3, 3],
      timeDeltas: [0, 1000, 1000, 1000],
    };
    const s = summarizeProfile(profile);
    expect(s.self[0]).toMatchObject({ fn: 'inner a.js:1', selfMs: 2 });
    expect(s.total[0]).toMatchObject({ fn: 'outer a.js:1', totalMs: 3 });
  });
});
