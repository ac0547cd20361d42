/**
 * The Open… channel of the bad-input corpus, through the importer in Node
 * (xmldom standing in for the browser's DOMParser; tests/e2e/bad-input.e2e.ts
 * runs the same cases in Chromium). Every case ends the way it declares:
 * refused with a located problem, or opened with the counts it states.
 */
import { describe, expect, it } from 'vitest';
import type { OpenOutcome } from '../../src/data/importers';
import { importFiles } from '../../src/data/importers/openFiles';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { buildGraph } from '../../src/graph/build';
import { OPEN_CASES, textOf } from '../fixtures/bad/corpus';
import { isLocated } from './badCorpus';

describe('bad input through Open… (Node)', () => {
  it('holds enough cases across the three channels', () => {
    expect(OPEN_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of OPEN_CASES) {
    it(`${c.name} (${c.file}): ${c.expect.outcome}`, async () => {
      const started = performance.now();
      // Only Parley's own problems, never an exception.
      const outcome: OpenOutcome = await importFiles(
        [{ name: c.file, text: textOf(c.content) }],
        nodeXmlSupport,
      );
      // A generous bound: nothing here may take long (the 100,000-level cases included).
      expect(performance.now() - started).toBeLessThan(10_000);
      if (c.expect.outcome === 'refused') {
        expect(outcome.ok, JSON.stringify(outcome.ok ? outcome.report : undefined)).toBe(false);
        const first = outcome.problems[0];
        expect(first).toBeDefined();
        if (!first) return;
        expect(first.file).toBe(c.file);
        expect(outcome.problems.map((p) => p.message).join('\n')).toMatch(c.expect.message);
        if (c.expect.code) expect(outcome.problems.map((p) => p.code)).toContain(c.expect.code);
        expect(isLocated(first, c.expect.located), JSON.stringify(first)).toBe(true);
        expect(first.hint ?? '').not.toBe('');
        expect(outcome.problems.length).toBeLessThanOrEqual(501);
        return;
      }
      if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
      expect(outcome.dataset.entities).toHaveLength(c.expect.entities);
      expect(outcome.dataset.relations).toHaveLength(c.expect.relations);
      const { graph } = buildGraph(outcome.dataset);
      expect(graph.order).toBe(c.expect.entities);
      for (const id of c.expect.select ?? []) expect(graph.hasNode(id), id).toBe(true);
      if (c.expect.report)
        expect(
          [...(outcome.report?.mapped ?? []), ...(outcome.report?.unmapped ?? [])].join('\n'),
        ).toMatch(c.expect.report);
    });
  }
});
