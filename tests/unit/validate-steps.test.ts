/**
 * validateFilesInSteps (the bundled dataset at start-up, a file per task)
 * gives exactly what validateFiles gives: the same dataset and the same
 * problems, for the valid fixture, every broken one and the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/data/node';
import { validateFiles, validateFilesInSteps } from '../../src/data/validate';
import { BROKEN_NAMES, VALID_DIR, brokenDir } from './fixtureUtils';

describe('validateFilesInSteps', () => {
  it('matches validateFiles on every fixture and on graph-data/, pausing once per file', async () => {
    const dirs = [VALID_DIR, ...BROKEN_NAMES.map((n) => brokenDir(n)), 'graph-data'];
    for (const dir of dirs) {
      const files = await readDataDir(dir);
      let pauses = 0;
      const stepped = await validateFilesInSteps(files, {}, async () => {
        pauses++;
      });
      expect(stepped, dir).toEqual(validateFiles(files));
      // One pause per data file; the vocabulary is read with the first.
      expect(pauses, dir).toBe(files.filter((f) => !f.name.endsWith('vocabulary.json')).length);
    }
  });
});
