/**
 * Property-based tests (fast-check): random datasets survive export → open
 * in every format Parley both writes and reads; the importers never throw,
 * whatever the bytes; the URL codec never throws and round-trips; no string
 * reaches the terminal raw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalJson, terminalLines } from '../../scripts/cliOutput';
import { toBundle } from '../../src/data/bundle';
import { nodeXmlSupport } from '../../src/data/importers/node';
import { importFiles } from '../../src/data/importers/openFiles';
import { buildGraph } from '../../src/graph/build';
import { exportGraph } from '../../src/graph/formats';
import { ENTITY_TYPES, type Dataset, type Entity, type Relation } from '../../src/model';
import { decodeView, encodeView, type ViewContext } from '../../src/state/urlCodec';
import { INITIAL_VIEW, LAYOUTS, type ViewState } from '../../src/state/viewState';

/** Printable text as a curator writes it: no control characters, trimmed, not empty. */
const text = (max = 40) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => s.replace(/[\p{C}|]/gu, '').trim())
    .filter((s) => s.length > 0);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6})?$/);

const datasetArb: fc.Arbitrary<Dataset> = fc
  .uniqueArray(slug, { minLength: 2, maxLength: 12 })
  .chain((ids) =>
    fc.record({
      entities: fc.tuple(
        ...ids.map((id) =>
          fc
            .record({
              type: fc.constantFrom('person', 'topic', 'organization', 'country'),
              label: text(),
              aliases: fc.uniqueArray(text(20), { maxLength: 3 }),
              description: text(80),
              note: fc.option(text(60), { nil: undefined }),
            })
            .map(
              (e) =>
                ({
                  id,
                  ...e,
                  aliases: e.aliases.filter((a) => a !== e.label),
                  ...(e.note ? { note: e.note } : {}),
                }) as Entity,
            ),
        ),
      ),
      pairs: fc.uniqueArray(
        fc
          .tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1))
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => [ids[a] as string, ids[b] as string] as const),
        { maxLength: 15, selector: ([a, b]) => `${a}>${b}` },
      ),
      quotes: fc.array(text(120), { minLength: 15, maxLength: 15 }),
    }),
  )
  .map(({ entities, pairs, quotes }) => ({
    sources: [{ id: 's1', title: 'Source', language: 'en', file: 's1.txt' }],
    entities: entities.map((e) => (e.note ? e : ((({ note: _n, ...rest }) => rest)(e) as Entity))),
    relations: pairs.map(
      ([source, target], i): Relation =>
        ({
          id: `${source}.concerns.${target}`,
          type: 'concerns',
          source,
          target,
          evidence: [{ source: 's1', quote: quotes[i] ?? 'q' }],
        }) as Relation,
    ),
  }));

const byId = <T extends { id: string }>(xs: readonly T[]) =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('properties', () => {
  it('a random dataset survives export → open unchanged (bundle, graphology JSON, GEXF, GraphML)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (dataset) => {
        const { graph } = buildGraph(dataset);
        const files = [
          { name: 'd.parley.json', text: JSON.stringify(toBundle(dataset)) },
          ...(['json', 'gexf', 'graphml'] as const).map((f) => {
            const [out] = exportGraph(graph, f);
            return { name: `d${out?.suffix ?? ''}`, text: out?.text ?? '' };
          }),
        ];
        for (const file of files) {
          const o = await importFiles([file], nodeXmlSupport);
          if (!o.ok)
            throw new Error(`${file.name}: ${o.problems.map((p) => p.message).join('; ')}`);
          expect(byId(o.dataset.entities), file.name).toEqual(byId(dataset.entities));
          expect(byId(o.dataset.relations), file.name).toEqual(byId(dataset.relations));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the importers never throw, whatever the bytes and the name', async () => {
    const xmlish = fc
      .array(
        fc.constantFrom(
          '<graphml>',
          '<gexf>',
          '<graph>',
          '<node id="a">',
          '<node id="__proto__"/>',
          '<edge source="a" target="constructor"/>',
          '</node>',
          '</graph>',
          '<![CDATA[x]]>',
          '&amp;',
          '&lol;',
          '<!-- c -->',
          '<data key="d0">x</data>',
          '<?xml version="1.0"?>',
        ),
        { maxLength: 12 },
      )
      .map((a) => a.join(''));
    const content = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ nodes: v, entities: v, edges: v })),
      xmlish,
    );
    const name = fc.constantFrom('x.json', 'x.parley.json', 'x.gexf', 'x.graphml', 'x.xml', 'x');
    await fc.assert(
      fc.asyncProperty(name, content, async (n, t) => {
        const o = await importFiles([{ name: n, text: t }], nodeXmlSupport);
        if (!o.ok) {
          expect(o.problems.length).toBeGreaterThan(0);
          for (const p of o.problems) expect(typeof p.message).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  const ctx: ViewContext = {
    hasEntity: (id) => ['a', 'b', 'constructor', 'x.y'].includes(id),
    hasRelation: (id) => id === 'a.concerns.b',
    relationTypes: new Set(['concerns', 'discussed']),
  };

  it('the URL codec never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (k, v) => {
        decodeView(`?${k}=${v}&e=${encodeURIComponent(v)}`, ctx);
        decodeView(v, ctx);
      }),
      { numRuns: 500 },
    );
  });

  it('the URL codec round-trips every view it can express', () => {
    const view: fc.Arbitrary<ViewState> = fc
      .record({
        selection: fc.option(
          fc.oneof(
            fc
              .constantFrom('a', 'b', 'constructor', 'x.y')
              .map((id) => ({ kind: 'entity' as const, id })),
            fc.constant({ kind: 'relation' as const, id: 'a.concerns.b' }),
          ),
          { nil: null },
        ),
        focusDepth: fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>,
        hiddenTypes: fc.subarray([...ENTITY_TYPES]).map((t) => new Set(t)),
        hiddenRelations: fc.subarray(['concerns', 'discussed']).map((t) => new Set(t)),
        years: fc.option(
          fc
            .tuple(fc.integer({ min: 1900, max: 2100 }), fc.nat(50))
            .map(([a, d]) => [a, a + d] as const),
          { nil: undefined },
        ),
        hideIsolated: fc.boolean(),
        layout: fc.constantFrom(...LAYOUTS),
      })
      .map((v) => ({
        ...INITIAL_VIEW,
        ...v,
        focusDepth: v.selection?.kind === 'entity' ? v.focusDepth : 0,
        ...(v.years ? { years: v.years } : {}),
      })) as fc.Arbitrary<ViewState>;
    fc.assert(
      fc.property(view, (v) => {
        const { state, notices } = decodeView(encodeView(v), ctx);
        expect(notices).toEqual([]);
        expect(encodeView(state)).toBe(encodeView(v));
        expect(state.selection).toEqual(v.selection);
        expect([...state.hiddenTypes].sort()).toEqual([...v.hiddenTypes].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('no string reaches the terminal with a control or bidi character', () => {
    const unsafe =
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (lines) => {
        const out = terminalLines(lines);
        expect(unsafe.test(out)).toBe(false);
        expect(out.split('\n').length).toBe(lines.length ? lines.length + 1 : 1);
        const json = terminalJson({ lines });
        expect(unsafe.test(json)).toBe(false);
        expect(JSON.parse(json)).toEqual({ lines });
      }),
      { numRuns: 300 },
    );
  });
});
