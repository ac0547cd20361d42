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
    message: `the file is ${formatBytes(bytes)}; Parley opens files up to ${formatBytes(limit)}`,
    hint: 'Open a smaller extract, or drop attributes Parley does not use (layout, styling) before exporting.',
  };
}
