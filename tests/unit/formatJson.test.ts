import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/data/edits/formatJson';

const ROOT = path.resolve(import.meta.dirname, '../..');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'schema' ? [] : jsonFiles(p);
    return e.name.endsWith('.json') ? [p] : [];
  });
}

const prettierJson = (text: string) =>
  prettier.format(text, {
    parser: 'json',
    printWidth: 100,
    singleQuote: true,
    trailingComma: 'all',
  });

describe('formatJson prints as the repository formatter does', () => {
  const files = jsonFiles(path.join(ROOT, 'graph-data'));

  it.each(files.map((f) => [path.relative(ROOT, f), f]))(
    'rewrites %s byte for byte',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(formatJson(JSON.parse(text))).toBe(text);
    },
  );

  it('breaks every array around one that must break (a counterexample fast-check found)', async () => {
    const v = {
      ' ': [
        [
          [
            [false, []],
            ['Hà Kim Ngọc', 'Hà Kim Ngọc'],
          ],
        ],
      ],
    };
    const ours = formatJson(v);
    expect(ours).toBe(await prettierJson(ours));
    expect(ours.split('\n')).toContain('        [false, []],');
  });

  it('agrees with Prettier on random data-like values', async () => {
    const leaf = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('Hà Kim Ngọc', '“quoted”', 'a\tb', 'x</script>', '東京'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 9 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), value),
        async (v) => {
          const ours = formatJson(v);
          // Prettier keeps an object expanded when its source is: give it our (always expanded) text.
          expect(ours).toBe(await prettierJson(ours));
        },
      ),
      { numRuns: 300 },
    );
  });
});
