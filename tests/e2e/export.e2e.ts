import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { shortLabel } from '../../src/cy/elements';
import { slugForFile } from '../../src/features/export/filename';
import { buildGraph } from '../../src/graph/build';
import { visibleElements } from '../../src/graph/filter';
import type { ParleyGraph } from '../../src/graph/types';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES } from '../../src/model';
import { launch, openApp, screenshot } from './browser';

/**
 * Export, in the built app and a real Chromium: every image format in both
 * scopes, checked after download (decoded size, scale, not blank, SVG
 * well-formed with the labels), and every data format re-read by an
 * independent parser — the whole graph byte-for-byte equal to `npm run export`.
 */

let browser: Browser;
let graph: ParleyGraph;
let cliDir: string;
const ARTIFACTS = 'tests/artifacts/exports';

const DATA_FORMATS = ['json', 'gexf', 'graphml', 'cyjs', 'csv'] as const;
type DataFormat = (typeof DATA_FORMATS)[number];

beforeAll(async () => {
  browser = await launch();
  const { dataset } = await loadDatasetFromDir('graph-data');
  graph = buildGraph(dataset).graph;
  mkdirSync(ARTIFACTS, { recursive: true });
  // The real CLI, once per format.
  cliDir = mkdtempSync(path.join(tmpdir(), 'parley-cli-export-'));
  for (const format of DATA_FORMATS) {
    const out = path.join(cliDir, `graph.${format === 'csv' ? 'csv' : format}`);
    const r = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/export.ts', '--format', format, '--out', out],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`npm run export --format ${format} failed:\n${r.stderr}`);
  }
});

afterAll(async () => {
  await browser?.close();
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

interface ExportSettings {
  format: 'png' | 'jpeg' | 'svg' | DataFormat;
  scope?: 'whole' | 'view';
  scale?: 1 | 2 | 3 | 4;
  background?: 'White' | 'Transparent' | 'Current theme';
  caption?: boolean;
  title?: string;
  highlights?: boolean;
  positions?: boolean;
}

interface Exported {
  files: { name: string; bytes: Buffer }[];
  width?: number;
  height?: number;
  status: string;
}

const panel = (page: Page) => page.getByRole('dialog', { name: 'Export' });

async function openPanel(page: Page) {
  if (!(await panel(page).isVisible())) await page.getByRole('button', { name: 'Export' }).click();
  await panel(page).waitFor();
  return panel(page);
}

const FORMAT_VALUES: Record<ExportSettings['format'], string> = {
  png: 'png',
  jpeg: 'jpeg',
  svg: 'svg',
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  cyjs: 'cyjs',
  csv: 'csv',
};

async function exportAs(page: Page, s: ExportSettings): Promise<Exported> {
  const p = await openPanel(page);
  await p.getByLabel('Format').selectOption(FORMAT_VALUES[s.format]);
  await p.getByRole('radio', { name: s.scope === 'view' ? 'Current view' : 'Whole graph' }).check();
  const image = ['png', 'jpeg', 'svg'].includes(s.format);
  if (image) {
    await p.getByLabel('Scale').selectOption(String(s.scale ?? 2));
    await p.getByLabel('Background').selectOption({ label: s.background ?? 'White' });
    await p.getByRole('checkbox', { name: 'Caption' }).setChecked(s.caption ?? false);
    if (s.caption && s.title !== undefined) await p.getByLabel('Caption title').fill(s.title);
    await p.getByRole('checkbox', { name: /Keep highlights/ }).setChecked(s.highlights ?? false);
  } else if (['gexf', 'graphml', 'cyjs'].includes(s.format)) {
    await p
      .getByRole('checkbox', { name: 'Include layout positions' })
      .setChecked(s.positions ?? true);
  }
  const expected = s.format === 'csv' ? 2 : 1;
  const downloads: Download[] = [];
  const onDownload = (d: Download) => downloads.push(d);
  page.on('download', onDownload);
  try {
    await p.getByRole('button', { name: 'Download' }).click();
    const status = p.getByTestId('export-status');
    await expect
      .poll(
        async () =>
          (await p.getByRole('alert').count()) > 0 ||
          (await status.getAttribute('data-state')) === 'done',
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
    if (await p.getByRole('alert').count())
      throw new Error(`export failed: ${await p.getByRole('alert').textContent()}`);
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(expected);
    const files = await Promise.all(
      downloads.map(async (d) => ({
        name: d.suggestedFilename(),
        bytes: readFileSync((await d.path())!),
      })),
    );
    const width = await status.getAttribute('data-width');
    const height = await status.getAttribute('data-height');
    return {
      files,
      ...(width ? { width: Number(width) } : {}),
      ...(height ? { height: Number(height) } : {}),
      status: (await status.textContent()) ?? '',
    };
  } finally {
    page.off('download', onDownload);
  }
}

function pngSize(b: Buffer): { width: number; height: number } {
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function jpegSize(b: Buffer): { width: number; height: number } {
  expect(b[0]).toBe(0xff);
  expect(b[1]).toBe(0xd8);
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) throw new Error(`bad JPEG marker at ${i}`);
    const marker = b[i + 1]!;
    const len = b.readUInt16BE(i + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  throw new Error('no SOF marker in JPEG');
}

interface Pixels {
  width: number;
  height: number;
  /** Share of pixels that differ clearly from the top-left one. */
  inked: number;
  distinctColours: number;
  corner: [number, number, number, number];
}

/** Decodes an image in a separate page of the browser and measures its pixels. */
async function decode(context: BrowserContext, bytes: Buffer, type: string): Promise<Pixels> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ b64, type }) => {
        const bin = atob(b64);
        const arr = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
        // An <img> decodes every format, SVG included (createImageBitmap does not take SVG blobs).
        const url = URL.createObjectURL(new Blob([arr], { type }));
        const bmp = new Image();
        bmp.src = url;
        await bmp.decode();
        URL.revokeObjectURL(url);
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
        const corner = [d[0]!, d[1]!, d[2]!, d[3]!] as [number, number, number, number];
        let inked = 0;
        const colours = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 7) {
          const diff =
            Math.abs(d[i]! - corner[0]) +
            Math.abs(d[i + 1]! - corner[1]) +
            Math.abs(d[i + 2]! - corner[2]) +
            Math.abs(d[i + 3]! - corner[3]);
          if (diff > 40) inked++;
          if (colours.size < 5000)
            colours.add(((d[i]! >> 3) << 10) | ((d[i + 1]! >> 3) << 5) | (d[i + 2]! >> 3));
        }
        return {
          width: bmp.width,
          height: bmp.height,
          inked: inked / (d.length / 4 / 7),
          distinctColours: colours.size,
          corner,
        };
      },
      { b64: bytes.toString('base64'), type },
    );
  } finally {
    await page.close();
  }
}

function parseXml(text: string): { doc: Document; errors: string[] } {
  const errors: string[] = [];
  const keep = (m: unknown) => errors.push(String(m));
  const doc = new DOMParser({
    errorHandler: { warning: keep, error: keep, fatalError: keep },
  }).parseFromString(text, 'image/svg+xml') as unknown as Document;
  return { doc, errors };
}

function svgTexts(doc: Document): string {
  return Array.from(doc.getElementsByTagName('text'))
    .map((t) => t.textContent ?? '')
    .join('');
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The graph region's size in CSS px, which the current view is exported at (× scale). */
async function regionSize(page: Page) {
  return page.getByTestId('graph').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
}

/** Selection centring animates; exports compare pixels only once it is over. */
async function settle(page: Page) {
  await page.waitForTimeout(700);
}

// ---------------------------------------------------------------- menu

describe('Export menu', () => {
  it('is a named button opening a panel of named controls; Escape closes it and keeps the selection', async () => {
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const { page, context, errors } = await openApp(browser, { query: `?e=${hub}` });
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    const p = panel(page);
    await p.waitFor();
    // Focus moves into the panel.
    await expect.poll(() => p.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await expect(p.getByLabel('Format').count()).resolves.toBe(1);
    for (const name of ['Whole graph', 'Current view'])
      await expect(p.getByRole('radio', { name }).count()).resolves.toBe(1);
    await expect(p.getByLabel('Scale').count()).resolves.toBe(1);
    await expect(p.getByLabel('Background').count()).resolves.toBe(1);
    await expect(p.getByRole('checkbox', { name: 'Caption' }).count()).resolves.toBe(1);
    await expect(p.getByRole('button', { name: 'Download' }).count()).resolves.toBe(1);
    // Transparent is not offered for JPEG.
    await p.getByLabel('Format').selectOption('jpeg');
    await expect(p.getByRole('option', { name: /Transparent/ }).isDisabled()).resolves.toBe(true);
    await p.getByLabel('Format').selectOption('png');
    await screenshot(page, 'export-menu');

    await page.keyboard.press('Escape');
    await expect(p.count()).resolves.toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Export');
    // Escape was the menu's: the selection stays.
    expect(new URL(page.url()).searchParams.get('e')).toBe(hub);
    await expect(page.getByTestId('graph').getAttribute('data-selected')).resolves.toBe(hub);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// ---------------------------------------------------------------- images

describe('image export', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ context, page, errors } = await openApp(browser));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await context?.close();
  });

  for (const format of ['png', 'jpeg'] as const) {
    const type = format === 'png' ? 'image/png' : 'image/jpeg';
    const size = format === 'png' ? pngSize : jpegSize;

    it(`${format}, current view: the window at 2×, decoded, not blank`, async () => {
      const e = await exportAs(page, { format, scope: 'view', scale: 2 });
      const [file] = e.files;
      expect(file!.name).toBe(`parley-graph-view.${format === 'png' ? 'png' : 'jpg'}`);
      const region = await regionSize(page);
      expect(size(file!.bytes)).toEqual({ width: region.w * 2, height: region.h * 2 });
      expect({ width: e.width, height: e.height }).toEqual(size(file!.bytes));
      const px = await decode(context, file!.bytes, type);
      expect(px).toMatchObject({ width: region.w * 2, height: region.h * 2 });
      expect(px.corner.slice(0, 3)).toEqual(format === 'png' ? [255, 255, 255] : expect.any(Array));
      expect(px.inked).toBeGreaterThan(0.01);
      expect(px.distinctColours).toBeGreaterThan(8); // the type colours, edges and labels
      writeFileSync(`${ARTIFACTS}/view.${format}`, file!.bytes);
    });

    it(`${format}, whole graph: scale honoured (2× is twice 1×), decoded, not blank`, async () => {
      const one = await exportAs(page, { format, scope: 'whole', scale: 1 });
      const two = await exportAs(page, { format, scope: 'whole', scale: 2 });
      expect(two.files[0]!.name).toBe(`parley-graph.${format === 'png' ? 'png' : 'jpg'}`);
      const s1 = size(one.files[0]!.bytes);
      const s2 = size(two.files[0]!.bytes);
      expect({ width: one.width, height: one.height }).toEqual(s1);
      expect({ width: two.width, height: two.height }).toEqual(s2);
      // Cytoscape rounds the bounding box up before scaling: allow a pixel or two.
      expect(Math.abs(s2.width - 2 * s1.width)).toBeLessThanOrEqual(2);
      expect(Math.abs(s2.height - 2 * s1.height)).toBeLessThanOrEqual(2);
      expect(s1.width).toBeGreaterThan(100);
      const px = await decode(context, two.files[0]!.bytes, type);
      expect(px.inked).toBeGreaterThan(0.01);
      expect(px.distinctColours).toBeGreaterThan(8);
      writeFileSync(`${ARTIFACTS}/whole.${format}`, two.files[0]!.bytes);
    });
  }

  it('png, 4× and a transparent background: bigger, with transparent corners', async () => {
    const e = await exportAs(page, {
      format: 'png',
      scope: 'view',
      scale: 4,
      background: 'Transparent',
    });
    const region = await regionSize(page);
    const s = pngSize(e.files[0]!.bytes);
    expect(s).toEqual({ width: region.w * 4, height: region.h * 4 });
    const px = await decode(context, e.files[0]!.bytes, 'image/png');
    expect(px.corner[3]).toBe(0);
  });

  for (const scope of ['whole', 'view'] as const) {
    it(`svg, ${scope === 'whole' ? 'whole graph' : 'current view'}: well-formed, sized, with every entity label`, async () => {
      const e = await exportAs(page, { format: 'svg', scope, scale: 2 });
      const [file] = e.files;
      expect(file!.name).toBe(scope === 'whole' ? 'parley-graph.svg' : 'parley-graph-view.svg');
      const text = file!.bytes.toString('utf8');
      const { doc, errors: xmlErrors } = parseXml(text);
      expect(xmlErrors).toEqual([]);
      const root = doc.documentElement!;
      expect(root.nodeName).toBe('svg');
      const w = Number(root.getAttribute('width'));
      const h = Number(root.getAttribute('height'));
      expect({ width: e.width, height: e.height }).toEqual({
        width: Math.round(w),
        height: Math.round(h),
      });
      if (scope === 'view') {
        const region = await regionSize(page);
        expect({ w, h }).toEqual({ w: region.w * 2, h: region.h * 2 });
      }
      // Labels are wrapped over several <text> lines: compare without whitespace.
      const all = squash(svgTexts(doc));
      const missing = graph
        .mapNodes((_n, a) => shortLabel(a.label))
        .filter((l) => !all.includes(squash(l)));
      expect(missing).toEqual([]);
      writeFileSync(`${ARTIFACTS}/${scope}.svg`, file!.bytes);
      // The picture renders: the browser decodes it to the same size.
      const px = await decode(context, file!.bytes, 'image/svg+xml');
      expect(px.inked).toBeGreaterThan(0.01);
    });
  }
});

describe('captions, highlights and names', () => {
  it('adds a citation-ready caption: title (escaped), legend of the types shown, filters, sources', async () => {
    const years = [2019, 2023] as const;
    const { page, context, errors } = await openApp(browser, {
      query: `?hide=topic&from=${years[0]}&to=${years[1]}`,
    });
    const visible = visibleElements(graph, {
      hiddenTypes: new Set(['topic']),
      hiddenRelations: new Set(),
      period: [`${years[0]}-01`, `${years[1]}-12`],
      hideIsolated: false,
    });
    const title = 'Vietnam–US dialogues <b>& "friends"</b>';
    const plain = await exportAs(page, { format: 'png', scope: 'whole', scale: 1 });
    const captioned = await exportAs(page, {
      format: 'png',
      scope: 'whole',
      scale: 1,
      caption: true,
      title,
    });
    const a = pngSize(plain.files[0]!.bytes);
    const b = pngSize(captioned.files[0]!.bytes);
    expect(b.height).toBeGreaterThan(a.height + 80);
    expect(b.width).toBeGreaterThanOrEqual(a.width);
    writeFileSync(`${ARTIFACTS}/caption.png`, captioned.files[0]!.bytes);

    const svg = await exportAs(page, {
      format: 'svg',
      scope: 'whole',
      scale: 1,
      caption: true,
      title,
    });
    const text = svg.files[0]!.bytes.toString('utf8');
    expect(text).not.toContain('<b>');
    const { doc, errors: xmlErrors } = parseXml(text);
    expect(xmlErrors).toEqual([]);
    const caption = Array.from(doc.getElementsByTagName('g'))
      .find((g) => g.getAttribute('class') === 'parley-caption')!
      .getElementsByTagName('text');
    const lines = Array.from(caption).map((t) => t.textContent ?? '');
    const joined = lines.join(' ');
    expect(lines[0]).toBe(title);
    expect(joined).toContain(
      `Whole graph · ${visible.nodes.size} entities, ${visible.edges.size} relations`,
    );
    for (const t of ENTITY_TYPES) {
      const n = [...visible.nodes].filter((id) => graph.getNodeAttribute(id, 'type') === t).length;
      if (n) expect(lines).toContain(`${ENTITY_TYPE_LABELS[t]} ${n}`);
    }
    expect(lines).not.toContain(expect.stringMatching(/^Topic \d/));
    expect(joined).toMatch(
      new RegExp(`Filters: January ${years[0]} – December ${years[1]}.*hidden types: Topic`),
    );
    expect(joined).toMatch(/Sources: .+, \d+ articles?/);
    expect(joined).toMatch(/Made with Parley · exported \d{4}-\d{2}-\d{2}/);
    writeFileSync(`${ARTIFACTS}/caption.svg`, text);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves highlights out unless asked, and puts them back on screen', async () => {
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const { page, context } = await openApp(browser, { query: `?e=${hub}` });
    await settle(page);
    const plainWithSelection = await exportAs(page, { format: 'png', scope: 'view', scale: 1 });
    const highlighted = await exportAs(page, {
      format: 'png',
      scope: 'view',
      scale: 1,
      highlights: true,
    });
    await expect(page.getByTestId('graph').getAttribute('data-selected')).resolves.toBe(hub);
    // Clear the selection (menu closed first), then export again.
    await page.keyboard.press('Escape');
    await page.getByTestId('graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('graph').getAttribute('data-selected')).toBe('');
    await settle(page);
    const noSelection = await exportAs(page, { format: 'png', scope: 'view', scale: 1 });
    const [a, b, c] = [plainWithSelection, highlighted, noSelection].map((e) => e.files[0]!.bytes);
    writeFileSync(`${ARTIFACTS}/highlights-off.png`, a!);
    writeFileSync(`${ARTIFACTS}/highlights-on.png`, b!);
    writeFileSync(`${ARTIFACTS}/no-selection.png`, c!);
    expect(a!.equals(c!)).toBe(true);
    expect(a!.equals(b!)).toBe(false);
    await context.close();
  });

  it('names files after what the view shows', async () => {
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const { page, context } = await openApp(browser, { query: `?e=${hub}&focus=1` });
    const e = await exportAs(page, { format: 'png', scope: 'whole', scale: 1 });
    const slug = slugForFile(`${hub}-ego1`);
    expect(slug).toMatch(/-ego1$/);
    expect(e.files[0]!.name).toBe(`parley-${slug}.png`);
    const v = await exportAs(page, { format: 'csv', scope: 'view' });
    expect(v.files.map((f) => f.name)).toEqual([
      `parley-${slug}-view.nodes.csv`,
      `parley-${slug}-view.edges.csv`,
    ]);
    await context.close();
  });
});

// ---------------------------------------------------------------- data

/** Node and edge counts of an exported file, read by a parser that is not Parley's. */
function reread(
  format: DataFormat,
  files: { name: string; bytes: Buffer }[],
): { nodes: number; edges: number } {
  const text = (i = 0) => files[i]!.bytes.toString('utf8');
  switch (format) {
    case 'json': {
      const g = Graph.from(JSON.parse(text()));
      return { nodes: g.order, edges: g.size };
    }
    case 'gexf': {
      const g = parseGexf(Graph, text());
      return { nodes: g.order, edges: g.size };
    }
    case 'graphml': {
      const g = parseGraphml(Graph, text());
      return { nodes: g.order, edges: g.size };
    }
    case 'cyjs': {
      const j = JSON.parse(text()) as { elements: { nodes: unknown[]; edges: unknown[] } };
      return { nodes: j.elements.nodes.length, edges: j.elements.edges.length };
    }
    case 'csv': {
      const opts = { header: true, skipEmptyLines: true } as const;
      const nodes = Papa.parse<Record<string, string>>(text(0), opts);
      const edges = Papa.parse<Record<string, string>>(text(1), opts);
      expect(nodes.errors).toEqual([]);
      expect(edges.errors).toEqual([]);
      return { nodes: nodes.data.length, edges: edges.data.length };
    }
  }
}

function cliFiles(format: DataFormat): string[] {
  if (format === 'csv')
    return ['nodes', 'edges'].map((k) => readFileSync(path.join(cliDir, `graph.${k}.csv`), 'utf8'));
  return [readFileSync(path.join(cliDir, `graph.${format}`), 'utf8')];
}

describe('data export', () => {
  let context: BrowserContext;
  let page: Page;
  let filtered: { context: BrowserContext; page: Page };
  const filter = {
    hiddenTypes: new Set(['topic'] as const),
    hiddenRelations: new Set<string>(),
    hideIsolated: true,
  };
  beforeAll(async () => {
    ({ context, page } = await openApp(browser));
    filtered = await openApp(browser, { query: '?hide=topic&isolated=hide' });
  });
  afterAll(async () => {
    await context?.close();
    await filtered?.context.close();
  });

  for (const format of DATA_FORMATS) {
    it(`${format}, whole graph: the same content as npm run export; re-read with the same counts`, async () => {
      const e = await exportAs(page, { format, scope: 'whole', positions: false });
      const ext = format === 'csv' ? ['.nodes.csv', '.edges.csv'] : [`.${format}`];
      expect(e.files.map((f) => f.name)).toEqual(ext.map((x) => `parley-graph${x}`));
      expect(e.files.map((f) => f.bytes.toString('utf8'))).toEqual(cliFiles(format));
      expect(reread(format, e.files)).toEqual({ nodes: graph.order, edges: graph.size });
    });

    it(`${format}, current view: the filtered subgraph, re-read with the same counts`, async () => {
      const e = await exportAs(filtered.page, { format, scope: 'view' });
      expect(e.files[0]!.name).toMatch(/^parley-filtered-view\./);
      const v = visibleElements(graph, filter);
      expect(v.nodes.size).toBeLessThan(graph.order);
      expect(reread(format, e.files)).toEqual({ nodes: v.nodes.size, edges: v.edges.size });
      if (format === 'gexf') expect(e.files[0]!.bytes.toString('utf8')).toContain('<viz:position');
      if (format === 'cyjs') expect(e.files[0]!.bytes.toString('utf8')).toContain('"position"');
      if (format === 'graphml')
        expect(e.files[0]!.bytes.toString('utf8')).toContain('attr.name="x"');
    });
  }

  it('keeps labels, types, dates and evidence as attributes', async () => {
    const e = await exportAs(page, { format: 'graphml', scope: 'whole' });
    const g = parseGraphml(Graph, e.files[0]!.bytes.toString('utf8'));
    const [id, attrs] = [graph.nodes()[0]!, graph.getNodeAttributes(graph.nodes()[0]!)];
    expect(g.getNodeAttribute(id, 'label')).toBe(attrs.label);
    expect(g.getNodeAttribute(id, 'type')).toBe(attrs.type);
    const edge = graph.edges()[0]!;
    expect(JSON.parse(g.getEdgeAttribute(edge, 'evidence') as string)).toEqual(
      graph.getEdgeAttribute(edge, 'evidence'),
    );
    const dated = graph.findNode((_n, a) => Boolean(a.date?.value));
    if (dated)
      expect(g.getNodeAttribute(dated, 'date')).toBe(graph.getNodeAttribute(dated, 'date')?.value);
  });
});
