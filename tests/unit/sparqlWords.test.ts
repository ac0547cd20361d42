import { describe, expect, it } from 'vitest';
import { SparqlError, type SparqlErrorKind } from '../../src/data/sparql/client';
import { sparqlErrorWords, sparqlPlainWords } from '../../src/features/sparql/sparqlWords';

const KINDS: SparqlErrorKind[] = [
  'unreachable',
  'cors',
  'timeout',
  'cancelled',
  'http',
  'vocabulary',
  'invalid',
];

describe('SPARQL failures in plain words', () => {
  it('gives each kind its own words, with the technical message kept apart', () => {
    const seen = new Set<string>();
    for (const kind of KINDS) {
      const w = sparqlPlainWords([
        { severity: 'error', code: 'sparql', file: 'x', message: `raw ${kind}`, id: kind },
      ]);
      expect(w, kind).toBeDefined();
      expect(w!.detail).toBe(`raw ${kind}`);
      expect(w!.what).not.toMatch(/\bhttp\b|cors|parley\/sparql/i);
      seen.add(w!.what);
    }
    expect(seen.size).toBe(KINDS.length);
  });

  it('says nothing for problems that are not SPARQL failures, or unknown kinds', () => {
    expect(
      sparqlPlainWords([{ severity: 'error', code: 'json-syntax', file: 'f', message: 'm' }]),
    ).toBeUndefined();
    expect(
      sparqlPlainWords([
        { severity: 'error', code: 'sparql', file: 'f', message: 'm', id: '__proto__' },
      ]),
    ).toBeUndefined();
  });

  it('reads a thrown error (a search)', () => {
    const w = sparqlErrorWords(new SparqlError('timeout', 'x did not answer within 3 s'));
    expect(w.what).toMatch(/did not answer in time/);
    expect(w.todo).toMatch(/timeout=60/);
    expect(w.detail).toBe('x did not answer within 3 s');
    expect(sparqlErrorWords(new TypeError('boom')).detail).toBe('boom');
  });
});
