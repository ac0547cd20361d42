import type { Problem } from '../../src/data/problems';
import type { Located } from '../fixtures/bad/corpus';

/** Whether a problem is located as precisely as a corpus case demands. */
export function isLocated(p: Problem, how: Located): boolean {
  if (how === 'line') return p.line !== undefined && p.line > 0 && (p.column ?? 0) > 0;
  if (how === 'path') return Boolean(p.path) || p.line !== undefined;
  return p.file.length > 0;
}
