/** Command-line options of `npm run bench` (bench/run.ts). */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED } from './synthetic';

export interface BenchOptions {
  /** Synthetic dataset sizes, in entities. */
  sizes: number[];
  /** Also measure the bundled dataset. */
  bundled: boolean;
  runs: number;
  seed: number;
  smoke: boolean;
  /** Where results/latest.json goes (the Markdown table goes next to it as .md). */
  out: string;
  /** Per load (navigation or file → settled), in ms. */
  loadTimeoutMs: number;
  /** Per interaction, in ms. */
  stepTimeoutMs: number;
  /** Pan/zoom duration for the frame-rate figure, in ms. */
  fpsMs: number;
  /** Keystrokes typed for the search figure (a prefix of the query). */
  keystrokes: number;
  /** Nodes clicked for the selection figure. */
  clicks: number;
  /** Take a CPU profile of the first load per page and dataset (unminified build). */
  profile: boolean;
  /** Write a Chromium performance trace of the first load per page and dataset. */
  trace: boolean;
  targets: ('parley' | 'baseline')[];
  /** Save a screenshot of each page once settled (first run), next to --out. */
  screenshots: boolean;
  /** Measure nothing: re-evaluate budgets and tables of an earlier results file. */
  from: string | null;
  /** Only these interaction steps after the load (null: all of them). */
  steps: BenchStep[] | null;
}

export const BENCH_STEPS = [
  'panzoom',
  'mouse',
  'search',
  'select',
  'filter',
  'time',
  'path',
  'list',
  'export',
] as const;
export type BenchStep = (typeof BENCH_STEPS)[number];

export const USAGE = `npm run bench -- [options]
  --sizes 100,1000,5000,20000   synthetic sizes (entities); "none" for the bundled dataset only
  --no-bundled                  skip the bundled dataset
  --runs 3                      runs per page and dataset (median and min–max reported)
  --seed N                      generator seed (default ${DEFAULT_SEED})
  --smoke                       tiny sizes, one run, short steps (the test suite runs this)
  --out bench/results/latest.json
  --timeout 300                 seconds allowed for one load to settle
  --only parley|baseline        measure one page only
  --profile                     CPU profile of each first load (unminified build), saved next to --out
  --trace                       Chromium performance traces (first load, first run's interactions), next to --out
  --screenshots                 screenshot of each page once settled (first run), saved next to --out
  --steps list,path             only these steps after the load (${BENCH_STEPS.join(', ')})
  --from results.json           measure nothing: re-evaluate the budgets and tables of a results file`;

function num(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n < 0) {
    throw new Error(`bench: ${name} needs a non-negative number, got ${String(value)}`);
  }
  return n;
}

export function parseArgs(argv: readonly string[], cwd = process.cwd()): BenchOptions {
  const smoke = argv.includes('--smoke');
  const o: BenchOptions = {
    sizes: smoke ? [40] : [100, 1000, 5000, 20000],
    bundled: true,
    runs: smoke ? 1 : 3,
    seed: DEFAULT_SEED,
    smoke,
    out: smoke
      ? path.join(tmpdir(), `parley-bench-smoke-${process.pid}.json`)
      : path.join(cwd, 'bench/results/latest.json'),
    loadTimeoutMs: (smoke ? 60 : 300) * 1000,
    stepTimeoutMs: smoke ? 20_000 : 120_000,
    fpsMs: smoke ? 400 : 2000,
    keystrokes: smoke ? 2 : 5,
    clicks: smoke ? 1 : 5,
    profile: false,
    trace: false,
    targets: ['parley', 'baseline'],
    screenshots: false,
    from: null,
    steps: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`bench: ${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--smoke':
        break;
      case '--sizes': {
        const v = next();
        o.sizes = v === 'none' ? [] : v.split(',').map((s) => num('--sizes', s.trim()));
        break;
      }
      case '--no-bundled':
        o.bundled = false;
        break;
      case '--runs':
        o.runs = Math.max(1, Math.round(num('--runs', next())));
        break;
      case '--seed':
        o.seed = Math.round(num('--seed', next()));
        break;
      case '--out':
        o.out = path.resolve(cwd, next());
        break;
      case '--timeout':
        o.loadTimeoutMs = num('--timeout', next()) * 1000;
        break;
      case '--only': {
        const v = next();
        if (v !== 'parley' && v !== 'baseline') throw new Error('bench: --only parley|baseline');
        o.targets = [v];
        break;
      }
      case '--profile':
        o.profile = true;
        break;
      case '--trace':
        o.trace = true;
        break;
      case '--screenshots':
        o.screenshots = true;
        break;
      case '--steps': {
        const v = next()
          .split(',')
          .map((x) => x.trim());
        const bad = v.filter((x) => !(BENCH_STEPS as readonly string[]).includes(x));
        if (bad.length) throw new Error(`bench: unknown step ${bad.join(', ')}\n${USAGE}`);
        o.steps = v as BenchStep[];
        break;
      }
      case '--from':
        o.from = path.resolve(cwd, next());
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`bench: unknown option ${a}\n${USAGE}`);
    }
  }
  return o;
}
