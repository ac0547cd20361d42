/**
 * The command-line channel of the bad-input corpus: each case is a data
 * folder run through `validate` (in-process, the same function the script
 * calls), in text and --json mode. Two cases also run as real processes
 * reading through a pipe: a report over 64 KiB arrives whole, and escape
 * sequences never reach the terminal.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/data/problems';
import { validateCommand } from '../../scripts/validateCommand';
import { CLI_CASES, SOURCE_TEXT, contentOf, type CliCase } from '../fixtures/bad/corpus';
import { isLocated } from './badCorpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
// What must never reach a terminal raw: C0/C1 controls but tab and newline, DEL, bidi controls.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let tmp: string;
let sources: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'parley-bad-cli-'));
  sources = path.join(tmp, 'sources');
  mkdirSync(sources);
  writeFileSync(path.join(sources, 'brief.txt'), SOURCE_TEXT);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeCase(c: CliCase): string {
  const dir = mkdtempSync(path.join(tmp, 'case-'));
  for (const [name, content] of Object.entries(c.files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), contentOf(content));
  }
  return dir;
}

interface Report {
  ok: boolean;
  errors: number;
  problems: Problem[];
}

describe('bad input through npm run validate', () => {
  it('holds enough cases', () => expect(CLI_CASES.length).toBeGreaterThanOrEqual(25));

  for (const c of CLI_CASES) {
    it(`${c.name}: exit ${c.expect.status}`, async () => {
      const dir = writeCase(c);
      const started = performance.now();
      const json = await validateCommand(['--data', dir, '--sources', sources, '--json']);
      const text = await validateCommand(['--data', dir, '--sources', sources]);
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(json.status).toBe(c.expect.status);
      expect(text.status).toBe(c.expect.status);
      for (const out of [json.stdout, text.stdout, json.stderr, text.stderr])
        expect(UNSAFE.exec(out)?.[0]).toBeUndefined();
      const report = JSON.parse(json.stdout) as Report;
      const lines = text.stdout.trimEnd().split('\n');
      expect(lines.at(-1)).toMatch(c.expect.status === 0 ? /^OK: / : /^FAILED: /);
      if (c.expect.status === 0) {
        expect(report.errors).toBe(0);
        return;
      }
      const { code, message, located, file } = c.expect;
      const hit = report.problems.find((p) => p.code === code && message.test(p.message));
      expect(
        hit,
        `no ${code} problem matching ${message}: ${json.stdout.slice(0, 2000)}`,
      ).toBeDefined();
      if (!hit) return;
      if (file) expect(hit.file).toBe(file);
      expect(isLocated(hit, located), JSON.stringify(hit)).toBe(true);
      expect(hit.hint ?? '').not.toBe('');
      // Every problem is one line of text, located, in the same order.
      expect(lines.length).toBe(report.problems.length + 1);
      expect(lines.slice(0, -1).every((l) => /^(error|warning): \S/.test(l))).toBe(true);
    });
  }
});

function run(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['scripts/validate.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout) => resolve({ code: err ? Number(err.code ?? -1) : 0, stdout }),
    );
  });
}

describe('the validate process', () => {
  it('writes a --json report over 64 KiB through a pipe whole, then exits 1', async () => {
    const c = CLI_CASES.find((x) => x.name.startsWith('thousands of problems'));
    if (!c) throw new Error('corpus case missing');
    const r = await run(['--data', writeCase(c), '--sources', sources, '--json']);
    expect(r.stdout.length).toBeGreaterThan(64 * 1024);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.length).toBe(2000);
    expect(r.code).toBe(1);
  });

  it('shows escape sequences and U+202E as text, never raw', async () => {
    const c = CLI_CASES.find((x) => x.name.startsWith('terminal escape'));
    const d = CLI_CASES.find((x) => x.name.startsWith('right-to-left'));
    if (!c || !d) throw new Error('corpus case missing');
    for (const k of [c, d]) {
      const r = await run(['--data', writeCase(k), '--sources', sources]);
      expect(r.code).toBe(1);
      expect(UNSAFE.exec(r.stdout)?.[0]).toBeUndefined();
      expect(r.stdout).toMatch(/\\u001b|\\u202e/);
    }
  });
});
