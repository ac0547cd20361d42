/**
 * npm test: provisions the browser, then runs every check and suite in turn
 * and ends with one summary line, "N passed, N failed".
 * Each static check (typecheck, lint, format, schema, validate) counts as one
 * test; Vitest suites count their own tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensureChromium';

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(name: string, cmd: string, args: string[]): boolean {
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(name: string, cmd: string, args: string[]) {
  if (run(name, cmd, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function suite(name: string, config: string) {
  mkdirSync('tests/artifacts', { recursive: true });
  const out = `tests/artifacts/${name}-results.json`;
  rmSync(out, { force: true });
  const ok = run(name, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  if (!existsSync(out)) {
    failed++;
    failures.push(`${name} (did not report)`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    success: boolean;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numTotalTests === 0 || (!ok && r.numFailedTests === 0)) {
    failed++;
    failures.push(`${name} (suite error)`);
  } else if (r.numFailedTests) failures.push(`${name} (${r.numFailedTests} failed)`);
}

ensureChromium();
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);
check('schema up to date', 'npx', ['tsx', 'scripts/schema.ts', '--check']);
check('positions up to date', 'npx', ['tsx', 'tools/positions.ts', '--check']);
check('validate (quotes verified)', 'npx', [
  'tsx',
  'scripts/validate.ts',
  '--sources',
  'graph-data/sources',
]);
suite('unit', 'vitest.config.ts');
suite('e2e', 'vitest.e2e.config.ts');

if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
