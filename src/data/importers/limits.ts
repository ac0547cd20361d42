import type { Problem } from '../problems';

/** Files larger than this are refused before they are read: 50 MB. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** A problem when the file is over the limit (checked before reading or parsing), else undefined. */
export function sizeProblem(
  file: string,
  bytes: number,
  limit: number = MAX_OPEN_BYTES,
): Problem | undefined {
  if (bytes <= limit) return undefined;
  return {
    severity: 'error',
    code: 'file-too-large',
    file,
    message: `the file is ${exactBytes(bytes)}; Parley opens files up to ${exactBytes(limit)}`,
    hint: 'Open a smaller extract, or drop attributes Parley does not use (layout, styling) before exporting.',
  };
}

/** "52,428,801 bytes (50.0 MB)": exact, so that two sizes just apart never read the same. */
export function exactBytes(n: number): string {
  return `${n.toLocaleString('en')} bytes (${formatBytes(n)})`;
}

/** The dialog lists at most this many problems (a broken file can have a million). */
export const MAX_LISTED_PROBLEMS = 500;

/** The first MAX_LISTED_PROBLEMS problems, then one saying how many more there are. */
export function capProblems(problems: Problem[], max = MAX_LISTED_PROBLEMS): Problem[] {
  if (problems.length <= max) return problems;
  const first = problems[0];
  return [
    ...problems.slice(0, max),
    {
      severity: 'error',
      code: first?.code ?? 'schema',
      file: first?.file ?? '',
      message: `… and ${(problems.length - max).toLocaleString('en')} more problems (only the first ${max} are listed)`,
      hint: 'Fix these first, or run npm run validate on the file to see every one.',
    },
  ];
}

/**
 * Files (together) larger than this are read and checked in a Web Worker, with
 * progress and Cancel: a 1.7 MB edge list of 100,000 rows held the main thread
 * for 2 s while it was mapped and validated in place. Smaller ones open faster
 * in place (a worker costs ~50 ms to start).
 */
export const WORKER_ABOVE_BYTES = 1024 * 1024;
