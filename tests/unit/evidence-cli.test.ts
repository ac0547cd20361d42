/**
 * npm run evidence as users run it (a child process of tsx on
 * scripts/evidence.ts): a fixture whose text was changed (a quote missing, one
 * cited to the wrong source, a repeated passage), the valid fixture, and the
 * bundled dataset.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const DRIFT = 'tests/fixtures/evidence/drift';

function evidence(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['scripts/evidence.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

interface JsonReport {
  ok: boolean;
  counts: Record<string, number>;
  quotes: {
    relation: string;
    index: number;
    anchor: { health: string; foundIn?: string; suggestion?: { text: string }; repeats: unknown[] };
  }[];
  sources: { id: string; sentences: number; cited: number; uncited: { text: string }[] }[];
}

describe('npm run evidence', () => {
  it('a changed text: exits 1, names the missing quote with the closest passage, and the one found elsewhere', async () => {
    const r = await evidence('--data', DRIFT);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('FAIL: 12 quotes — 6 exact, 4 normalized, 1 elsewhere, 1 missing');
    const missing = lines.findIndex((l) =>
      l.startsWith('missing     harbour-dialogue-3.agreed.maritime-safety #1 (s-harbour)'),
    );
    expect(missing).toBeGreaterThanOrEqual(0);
    expect(lines[missing + 1]).toMatch(
      /closest passage \(\d+ edits, offset \d+\): "agreed to hold joint search and rescue/,
    );
    expect(r.stdout).toContain(
      'elsewhere   hanoi.located_in.vietnam #1 (s-harbour): "a port city in northern Vietnam"\n            found verbatim in s-brief',
    );
    expect(r.stdout).toContain('    - "The next round will be held in 2024."');
  });

  it('--json: the same classes, the repeated passage, each source’s uncited sentences', async () => {
    const r = await evidence('--data', DRIFT, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as JsonReport;
    expect(j.ok).toBe(false);
    expect(j.counts).toEqual({ exact: 6, normalized: 4, elsewhere: 1, missing: 1 });
    const byKey = new Map(j.quotes.map((q) => [`${q.relation}#${q.index}`, q.anchor]));
    expect(byKey.get('hanoi.located_in.vietnam#0')).toMatchObject({
      health: 'elsewhere',
      foundIn: 's-brief',
    });
    expect(byKey.get('harbour-dialogue-3.agreed.maritime-safety#0')!.suggestion!.text).toMatch(
      /^agreed to hold joint search and rescue/,
    );
    // "Delegates … attended the dialogue." now appears twice.
    expect(byKey.get('united-states.attended.harbour-dialogue-3#0')!.repeats).toHaveLength(1);
    const harbour = j.sources.find((s) => s.id === 's-harbour')!;
    expect(harbour.sentences - harbour.cited).toBe(harbour.uncited.length);
  });

  it('the valid fixture with its texts: exits 0 (normalized quotes are not failures)', async () => {
    const r = await evidence(
      '--data',
      'tests/fixtures/valid',
      '--sources',
      'tests/fixtures/sources',
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      'OK: 12 quotes — 7 exact, 5 normalized, 0 elsewhere, 0 missing',
    );
  });

  it('the bundled dataset: every quote exact, exit 0', async () => {
    const r = await evidence('--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as JsonReport;
    expect(j.ok).toBe(true);
    expect(j.counts.exact).toBe(j.quotes.length);
    expect(j.sources).toHaveLength(5);
  });

  it('a data folder without texts: a clear message, exit 1', async () => {
    const r = await evidence('--data', 'tests/fixtures/valid');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/has no sources\/ folder of texts: add one, or pass --sources DIR/);
  });
});
