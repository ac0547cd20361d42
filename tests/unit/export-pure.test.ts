import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildCaption, describeFilters, sourceLine } from '../../src/features/export/caption';
import {
  MIN_CAPTION_WIDTH,
  approximateMeasure,
  captionColors,
  captionFactor,
  captionSvg,
  escapeXml,
  layoutCaption,
  luminance,
  shapePoints,
  wrap,
} from '../../src/features/export/captionLayout';
import { exportFileName, slugForFile } from '../../src/features/export/filename';
import {
  DATA_FORMATS,
  DEFAULT_EXPORT_OPTIONS,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  backgroundAllowed,
  effectiveScale,
  normalizeOptions,
} from '../../src/features/export/options';
import { composeSvg } from '../../src/features/export/svgCompose';
import { DATA_FORMATS as GRAPH_DATA_FORMATS } from '../../src/graph/formats';
import { INITIAL_VIEW } from '../../src/state/viewState';
import { miniDataset, miniGraph } from './helpers';

function parseXml(text: string) {
  const errors: string[] = [];
  const keep = (m: unknown) => errors.push(String(m));
  const doc = new DOMParser({
    errorHandler: { warning: keep, error: keep, fatalError: keep },
  }).parseFromString(text, 'image/svg+xml');
  return { doc, errors };
}

describe('file names', () => {
  it('are parley-<what the view shows>[-view].<ext>', () => {
    expect(
      exportFileName({ describe: 'psd-dialogue-12-ego1', scope: 'whole', suffix: '.png' }),
    ).toBe('parley-psd-dialogue-12-ego1.png');
    expect(exportFileName({ describe: '', scope: 'view', suffix: '.nodes.csv' })).toBe(
      'parley-graph-view.nodes.csv',
    );
    expect(exportFileName({ describe: 'x', scope: 'whole', suffix: 'svg' })).toBe('parley-x.svg');
  });

  it('are safe whatever the description holds', () => {
    const name = exportFileName({
      describe: '../../etc/passwd Hà Nội: "quoted" <b> * ? | \\ 2019-2023',
      scope: 'whole',
      suffix: '.png',
    });
    expect(name).toBe('parley-etc-passwd-ha-noi-quoted-b-2019-2023.png');
    expect(name).toMatch(/^[a-z0-9.-]+$/);
    expect(
      exportFileName({ describe: 'x'.repeat(500), scope: 'view', suffix: '.gexf' }).length,
    ).toBeLessThan(90);
    expect(slugForFile('Đà Nẵng — 12th')).toBe('da-nang-12th');
    expect(slugForFile('---')).toBe('');
  });
});

describe('options', () => {
  it('lists the same data formats as src/graph/formats (without loading the writers)', () => {
    expect([...DATA_FORMATS]).toEqual([...GRAPH_DATA_FORMATS]);
  });

  it('has no transparent JPEG', () => {
    expect(backgroundAllowed('jpeg', 'transparent')).toBe(false);
    expect(backgroundAllowed('png', 'transparent')).toBe(true);
    expect(
      normalizeOptions({ ...DEFAULT_EXPORT_OPTIONS, format: 'jpeg', background: 'transparent' })
        .background,
    ).toBe('white');
    expect(normalizeOptions({ ...DEFAULT_EXPORT_OPTIONS, scale: 7 as 1 }).scale).toBe(2);
  });

  it('keeps the requested scale unless the picture would pass the canvas limits', () => {
    expect(effectiveScale(1000, 800, 4)).toEqual({ scale: 4, capped: false });
    const side = effectiveScale(5000, 100, 4);
    expect(side.capped).toBe(true);
    expect(5000 * side.scale).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    const area = effectiveScale(3000, 3000, 4);
    expect(area.capped).toBe(true);
    expect(3000 * area.scale * 3000 * area.scale).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    expect(effectiveScale(0, 0, 2)).toEqual({ scale: 2, capped: false });
  });
});

describe('caption model', () => {
  const graph = miniGraph();
  const dataset = miniDataset();

  it('gives title, counts, the legend of the types shown and the sources', () => {
    const c = buildCaption({
      title: '  My figure ',
      scopeLabel: 'Whole graph',
      graph,
      sources: [{ ...dataset.sources[0]!, publisher: 'VietnamPlus' }],
      nodes: ['ha-kim-ngoc', 'jessica-lewis', 'psd-12', 'east-sea', 'not-a-node'],
      edges: ['r1', 'r2', 'r4'],
      filters: INITIAL_VIEW,
      exportedOn: '2024-06-01',
    });
    expect(c.title).toBe('My figure');
    expect(c.subtitle).toBe('Whole graph · 4 entities, 3 relations');
    expect(c.legend.map((l) => [l.label, l.count])).toEqual([
      ['Person', 2],
      ['Meeting', 1],
      ['Topic', 1],
    ]);
    expect(c.legend[0]).toMatchObject({ color: '#0072B2', shape: 'ellipse' });
    expect(c.filters).toBeUndefined();
    expect(c.sources).toBe('Sources: VietnamPlus, 1 article');
    expect(c.credit).toBe('Made with Parley · exported 2024-06-01');
  });

  it('says which filters are active', () => {
    expect(
      describeFilters(
        {
          ...INITIAL_VIEW,
          hiddenTypes: new Set(['topic', 'person']),
          hiddenRelations: new Set(['discussed', 'co_chaired']),
          period: ['2019-03', '2023-12'],
          hideIsolated: true,
          selection: { kind: 'entity', id: 'ha-kim-ngoc' },
          focusDepth: 2,
        },
        graph,
      ),
    ).toBe(
      'Filters: March 2019 – December 2023 · 2-step network of Hà Kim Ngọc · hidden types: Person, Topic · hidden relations: co-chaired, discussed · unconnected entities hidden',
    );
  });

  it('names publishers, else titles, and counts the articles cited', () => {
    const sources = [
      { id: 's1', title: 'Report one', language: 'en', file: 'a' },
      { id: 's2', title: 'Report two', publisher: 'VNA', language: 'en', file: 'b' },
      { id: 's3', title: 'Report three', publisher: 'VNA', language: 'en', file: 'c' },
    ];
    // None of the shown relations cites anything: the dataset's sources are listed.
    expect(sourceLine(graph, [], sources)).toBe('Sources: Report one; VNA, 3 articles');
    expect(sourceLine(graph, ['r1'], sources)).toBe('Sources: Report one, 1 article');
    expect(sourceLine(graph, [], [])).toBe('Sources: not stated in the dataset');
  });
});

describe('caption layout', () => {
  const model = {
    title: 'A title that is long enough to need wrapping on a narrow caption, <b>&</b>',
    subtitle: 'Whole graph · 3 entities, 2 relations',
    legend: [
      { type: 'person' as const, label: 'Person', color: '#0072B2', shape: 'ellipse', count: 2 },
      {
        type: 'topic' as const,
        label: 'Topic',
        color: '#E69F00',
        shape: 'round-hexagon',
        count: 1,
      },
    ],
    filters: 'Filters: years 2019–2023',
    sources: 'Sources: VietnamPlus, 1 article',
    credit: 'Made with Parley · exported 2024-06-01',
  };
  const colors = captionColors('#ffffff');

  it('wraps text to the width', () => {
    const lines = wrap('one two three four five six', 60, '400 10px x', approximateMeasure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(approximateMeasure(l, '400 10px x')).toBeLessThanOrEqual(60);
    expect(wrap('abcdefghijklmnopqrstuvwxyz', 40, '400 10px x', approximateMeasure).join('')).toBe(
      'abcdefghijklmnopqrstuvwxyz',
    );
  });

  it('scales with the picture and stays inside its width', () => {
    const one = layoutCaption(model, { width: 400, scale: 1, measure: approximateMeasure, colors });
    const two = layoutCaption(model, { width: 800, scale: 2, measure: approximateMeasure, colors });
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    for (const it of one.items) {
      if (it.kind === 'text')
        expect(it.x + approximateMeasure(it.text, `${it.size}px`)).toBeLessThanOrEqual(400);
    }
    const texts = one.items
      .filter((i) => i.kind === 'text')
      .map((i) => (i.kind === 'text' ? i.text : ''));
    expect(texts).toContain('Person 2');
    expect(texts).toContain('Filters: years 2019–2023');
    expect(one.items.filter((i) => i.kind === 'swatch')).toHaveLength(2);
    expect(captionFactor(450)).toBe(1);
    expect(captionFactor(1800)).toBe(2);
    expect(captionFactor(90000)).toBe(2.5);
    expect(MIN_CAPTION_WIDTH).toBeGreaterThan(400);
  });

  it('writes escaped, well-formed SVG', () => {
    const layout = layoutCaption(model, {
      width: 600,
      scale: 1,
      measure: approximateMeasure,
      colors,
    });
    const svg = composeSvg({
      graphSvg:
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><circle cx="5" cy="5" r="4"/></svg>',
      graphX: 250,
      graphY: 24,
      width: 600,
      height: 98 + layout.height,
      background: '#ffffff',
      caption: { layout, y: 98 },
      title: 'T <script>alert(1)</script>',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    const { doc, errors } = parseXml(svg);
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.getAttribute('width')).toBe('600');
    const inner = root.getElementsByTagName('svg')[0]!;
    expect([inner.getAttribute('x'), inner.getAttribute('y')]).toEqual(['250', '24']);
    expect(root.getElementsByTagName('title')[0]!.textContent).toBe('T <script>alert(1)</script>');
    const texts = Array.from(root.getElementsByTagName('text'))
      .map((t) => t.textContent)
      .join(' ');
    expect(texts).toContain('<b>&</b>');
    expect(root.getElementsByTagName('rect')[0]!.getAttribute('fill')).toBe('#ffffff');
    // Transparent: no background rectangle.
    expect(
      composeSvg({
        graphSvg: '<svg/>',
        graphX: 0,
        graphY: 0,
        width: 1,
        height: 1,
        background: null,
        title: '',
      }),
    ).not.toContain('<rect');
    expect(() =>
      composeSvg({
        graphSvg: '<g/>',
        graphX: 0,
        graphY: 0,
        width: 1,
        height: 1,
        background: null,
        title: '',
      }),
    ).toThrow(/<svg>/);
    expect(captionSvg(layout, 0, 0)).toMatch(/^<g class="parley-caption"/);
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('draws every node shape as a polygon or a circle', () => {
    for (const shape of [
      'ellipse',
      'diamond',
      'round-rectangle',
      'round-hexagon',
      'round-tag',
      'star',
      'round-triangle',
    ]) {
      const pts = shapePoints(shape, 10, 10, 6);
      if (shape === 'ellipse') expect(pts).toBeNull();
      else {
        expect(pts!.length).toBeGreaterThanOrEqual(3);
        for (const [x, y] of pts!) {
          expect(Math.abs(x - 10)).toBeLessThanOrEqual(6.7);
          expect(Math.abs(y - 10)).toBeLessThanOrEqual(6.7);
        }
      }
    }
  });

  it('uses light text on dark backgrounds', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000')).toBe(0);
    expect(luminance('rgb(20, 24, 29)')).toBeLessThan(0.1);
    expect(captionColors('#14181d').ink).toBe('#e8edf2');
    expect(captionColors(null).ink).toBe('#1d232b');
  });
});
