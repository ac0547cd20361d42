import { describe, expect, it } from 'vitest';
import { describeDataset } from '../../bench/datasets';
import { bundleText, DEFAULT_SEED, generateBundle, slugify } from '../../bench/synthetic';
import { validateFiles } from '../../src/data/validate';
import { buildGraph } from '../../src/graph/build';
import { DEFAULT_VOCABULARY, ENTITY_TYPES, ID_PATTERN } from '../../src/model';

describe('bench/synthetic: generated bundles', () => {
  it('are deterministic for a seed, and differ between seeds', () => {
    const a = bundleText(generateBundle({ entities: 300 }));
    const b = bundleText(generateBundle({ entities: 300, seed: DEFAULT_SEED }));
    const c = bundleText(generateBundle({ entities: 300, seed: 7 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it.each([7, 100, 1000])('validate with zero problems at %i entities', (n) => {
    const text = bundleText(generateBundle({ entities: n }));
    const { dataset, problems } = validateFiles([{ name: `synthetic-${n}.json`, text }]);
    expect(problems).toEqual([]);
    expect(dataset.entities).toHaveLength(n);
    const { graph, report } = buildGraph(dataset);
    expect(graph.order).toBe(n);
    expect(report.skipped).toEqual([]);
    // A few unconnected entities are realistic (and exercise "Hide unconnected entities").
    expect(report.warnings.every((w) => /isolated entit/.test(w))).toBe(true);
    expect(report.isolated.length).toBeLessThan(n * 0.1);
  });

  it('have every entity type and about three relations per entity', () => {
    const bundle = generateBundle({ entities: 1000 });
    expect(bundle.format).toBe('parley-bundle');
    expect(bundle.version).toBe(1);
    for (const t of ENTITY_TYPES) {
      expect(
        bundle.entities.some((e) => e.type === t),
        t,
      ).toBe(true);
    }
    expect(bundle.relations.length / bundle.entities.length).toBeCloseTo(3, 1);
    // Hubs exist (preferential attachment) but most entities are connected.
    const degree = new Map<string, number>();
    for (const r of bundle.relations) {
      degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
      degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    }
    expect(Math.max(...degree.values())).toBeGreaterThan(20);
    expect(degree.size / bundle.entities.length).toBeGreaterThan(0.9);
  });

  it('only join entity types the vocabulary allows, with evidence from known sources', () => {
    const bundle = generateBundle({ entities: 500, seed: 3 });
    const type = new Map(bundle.entities.map((e) => [e.id, e.type]));
    const sources = new Set(bundle.sources.map((s) => s.id));
    for (const r of bundle.relations) {
      const spec = DEFAULT_VOCABULARY.relationType(r.type)!;
      expect(spec.source as readonly string[]).toContain(type.get(r.source));
      expect(spec.target as readonly string[]).toContain(type.get(r.target));
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        expect(sources.has(ev.source)).toBe(true);
        expect(ev.quote.length).toBeLessThanOrEqual(320);
      }
    }
  });

  it('use realistic labels: names with diacritics, dated meetings, unique ids', () => {
    const bundle = generateBundle({ entities: 400 });
    const labels = bundle.entities.map((e) => e.label);
    expect(labels.some((l) => l !== l.normalize('NFD'))).toBe(true);
    expect(bundle.entities.filter((e) => e.type === 'meeting').every((e) => e.date)).toBe(true);
    const ids = [...bundle.entities, ...bundle.relations, ...bundle.sources].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('refuse sizes too small to hold every type', () => {
    expect(() => generateBundle({ entities: 3 })).toThrow(/at least 7/);
  });

  it('slugify gives valid ids', () => {
    for (const s of ['Nguyễn Văn An', 'Côte d’Ivoire', '---', 'A'.repeat(80), 'Đà Nẵng (2)']) {
      expect(slugify(s)).toMatch(ID_PATTERN);
      expect(slugify(s).length).toBeLessThanOrEqual(40);
    }
  });
});

describe('bench/datasets: what the driver needs', () => {
  it('picks a search query, nodes to click and a type to filter', () => {
    const bundle = generateBundle({ entities: 200 });
    const ds = describeDataset('200', bundle, bundleText(bundle), { keystrokes: 4, clicks: 3 });
    expect(ds.entities).toBe(200);
    expect(ds.relations).toBe(bundle.relations.length);
    expect(ds.query).toMatch(/^[a-z0-9]{1,4}$/);
    expect(ds.clicks.length).toBeGreaterThanOrEqual(3);
    for (const c of ds.clicks)
      expect(bundle.entities.find((e) => e.id === c.id)?.label).toBe(c.label);
    expect(ds.typeCounts[ds.filterType]).toBeGreaterThan(0);
  });
});
