/** Helpers for tests that read tests/fixtures/: paths and exact text positions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { BROKEN_DIR, type BrokenName } from '../fixtures/brokenFixtures';

export {
  BROKEN,
  BROKEN_DIR,
  BROKEN_NAMES,
  SOURCES_DIR,
  VALID_DIR,
  expectedBrokenFiles,
  listDataFiles,
  type BrokenName,
} from '../fixtures/brokenFixtures';

export const brokenDir = (name: BrokenName) => path.join(BROKEN_DIR, name);

export const readText = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (in UTF-16 units) of an offset: what editors and the validator report. */
export function lineColumnAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

function indexOnce(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  if (text.indexOf(needle, at + 1) >= 0) throw new Error(`${JSON.stringify(needle)} is ambiguous`);
  return at;
}

/**
 * Offset of `needle`: its only occurrence, or with `after`, its first
 * occurrence after the only occurrence of `after`.
 */
export function offsetOf(text: string, needle: string, after?: string): number {
  if (after === undefined) return indexOnce(text, needle);
  const from = indexOnce(text, after);
  const at = text.indexOf(needle, from + after.length);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} not found after ${JSON.stringify(after)}`);
  return at;
}

export const positionOf = (text: string, needle: string, after?: string): Position =>
  lineColumnAt(text, offsetOf(text, needle, after));

/** Position of the `{` that opens the object containing `inside`. */
export function objectStartOf(text: string, inside: string): Position {
  return lineColumnAt(text, text.lastIndexOf('{', indexOnce(text, inside)));
}

/** Any non-empty hint. */
export const A_HINT = expect.stringMatching(/\w{3}/);
