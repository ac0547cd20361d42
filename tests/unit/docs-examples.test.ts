/**
 * Every example in the docs is checked against the real thing: JSON examples
 * with an id must match that item of graph-data/ (a "…" stands for anything),
 * ids in examples are legal, the example address decodes without a notice and
 * the example validator line has the validator's shape.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { ID_PATTERN, type Dataset } from '../../src/model';
import { decodeView } from '../../src/state/urlCodec';

const DOCS = ['README.md', 'graph-data/README.md'];
let dataset: Dataset;
let byId: Map<string, unknown>;
beforeAll(async () => {
  dataset = (await loadDatasetFromDir('graph-data')).dataset;
  byId = new Map<string, unknown>(
    [...dataset.sources, ...dataset.entities, ...dataset.relations].map((x) => [x.id, x]),
  );
});

function jsonBlocks(file: string): string[] {
  // "Make your own dataset" builds another dataset: tests/e2e/own-dataset.e2e.ts runs its examples.
  const text = readFileSync(file, 'utf8').replace(
    /\n## Make your own dataset\n[\s\S]*?(?=\n## )/,
    '\n',
  );
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** The example says no more than the data: "…" (or a string ending in it) stands for the rest. */
function matches(example: unknown, actual: unknown): boolean {
  if (typeof example === 'string' && example.endsWith('…'))
    return typeof actual === 'string' && actual.startsWith(example.slice(0, -1));
  if (Array.isArray(example))
    return (
      Array.isArray(actual) &&
      example.length === actual.length &&
      example.every((x, i) => matches(x, actual[i]))
    );
  if (example && typeof example === 'object')
    return (
      !!actual &&
      typeof actual === 'object' &&
      Object.entries(example).every(([k, v]) => matches(v, (actual as Record<string, unknown>)[k]))
    );
  return example === actual;
}

describe('examples in the docs', () => {
  for (const file of DOCS) {
    it(`${file}: every JSON example with a real id is that item of graph-data`, () => {
      let checked = 0;
      for (const block of jsonBlocks(file)) {
        let value: unknown;
        try {
          value = JSON.parse(block);
        } catch {
          // A shape sketch with "[ ... ]": it must say so by holding "...".
          expect(block).toMatch(/\.\.\.|…/);
          continue;
        }
        const id = (value as { id?: unknown }).id;
        if (typeof id !== 'string' || id === '…') continue;
        expect(ID_PATTERN.test(id), `${file}: example id ${id}`).toBe(true);
        const actual = byId.get(id);
        expect(actual, `${file}: ${id} is not in graph-data`).toBeDefined();
        expect(matches(value, actual), `${file}: the example ${id} differs from graph-data`).toBe(
          true,
        );
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('the example address decodes without a notice', () => {
    const readme = readFileSync('README.md', 'utf8');
    const query = /`(\?e=[^`]+)`/.exec(readme)?.[1];
    expect(query).toBeDefined();
    const { graph } = buildGraph(dataset);
    const { state, notices } = decodeView(query ?? '', {
      hasEntity: (id) => graph.hasNode(id),
      hasRelation: (id) => graph.hasEdge(id),
      relationTypes: new Set(graph.mapEdges((_e, a) => a.type)),
    });
    expect(notices).toEqual([]);
    expect(state.selection?.id).toBe('ha-kim-ngoc');
  });

  it('the example validator line has the validator’s shape and a legal id', () => {
    const readme = readFileSync('README.md', 'utf8');
    const line = /^error: .*$/m.exec(readme)?.[0] ?? '';
    const m = /^error: (\S+):(\d+):(\d+) (\$\S*) \[([^\]]+)\]: (.+) — (.+)$/.exec(line);
    expect(m, line).not.toBeNull();
    expect(ID_PATTERN.test(m?.[5] ?? '')).toBe(true);
  });
});
