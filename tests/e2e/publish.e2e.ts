/**
 * Publish and embed (issue 27): the single HTML file made by
 * `npm run publish:html` opens from file:// with every request blocked and
 * works — search, click-through, Details with quotes, Find connection,
 * Thread, Compare, time bar, List, image export — attempting no request,
 * violating no CSP, axe clean; Export → Interactive page writes the same for
 * an opened file (a hostile label stays text); embed=1 works inside an
 * iframe of another origin at 320×480 and 640×400.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/data/node';
import { toSlot } from '../../src/features/publish/payload';
import { fillShell } from '../../src/features/publish/shell';
import { publishCommand } from '../../tools/publishCommand';
import { axeViolations } from './axe';
import { baseUrl, launch, screenshot, waitSettled } from './browser';

let browser: Browser;
let dir: string;
let shell: string;
let published: string;

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'parley-publish-'));
  // The template the build shipped beside the app: the CLI fills the same one.
  const res = await fetch(`${baseUrl()}parley-page.html`);
  expect(res.ok).toBe(true);
  shell = path.join(dir, 'shell.html');
  writeFileSync(shell, await res.text());
  published = path.join(dir, 'parley.html');
  const result = await publishCommand([
    '--out',
    published,
    '--shell',
    shell,
    '--view',
    'e=ha-kim-ngoc',
  ]);
  // The bundled dataset published stays within 1.5 MB (README: Publish and embed).
  expect(result.sizes.total).toBeLessThanOrEqual(1.5 * 1024 * 1024);
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Offline {
  context: BrowserContext;
  page: Page;
  /** Every request the page attempted besides opening the file itself. */
  requests: string[];
  errors: string[];
  warnings: string[];
}

/** A context with the network off and every request refused (and counted), except opening `file`. */
async function offline(
  viewport = { width: 1280, height: 800 },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Offline> {
  const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  await context.setOffline(true);
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const r = route.request();
    if (r.isNavigationRequest() && r.url().startsWith('file://')) return route.continue();
    requests.push(r.url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!(r.isNavigationRequest() && r.url().startsWith('file://'))) requests.push(r.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return { context, page, requests, errors, warnings };
}

const fileUrl = (file: string, query = '') => pathToFileURL(file).href + query;
const cspSeen = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __parleyCspSeen: string[] }).__parleyCspSeen);
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

// Each test opens a 1.4 MB page on a shared, loaded machine: time for that, not a speed check.
describe(
  'the published page, opened from file:// with the network blocked',
  { timeout: 240_000 },
  () => {
    it('opens on its --view, names its dataset, sources and date, has no Open… or SPARQL…, makes no request', async () => {
      const o = await offline();
      const { page } = o;
      await page.goto(fileUrl(published));
      await waitSettled(page, 60_000);
      // --view "e=ha-kim-ngoc": the page opens on it, and the address says so.
      await details(page).getByRole('heading', { name: 'Ha Kim Ngoc', level: 2 }).waitFor();
      expect(new URL(page.url()).searchParams.get('e')).toBe('ha-kim-ngoc');
      await expect(details(page).locator('blockquote').count()).resolves.toBeGreaterThan(0);
      expect(o.warnings.filter((w) => /layout/.test(w))).toEqual([]); // drawn from its positions
      const meta = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(meta).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(meta).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(meta).toContain("default-src 'none'");
      expect(meta).not.toMatch(/unsafe-(inline|eval)/);
      await expect(page.title()).resolves.toMatch(/^Vietnam–US political/);
      const today = new Date().toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      await expect(page.locator('.notice').textContent()).resolves.toContain(
        `(5 sources): a page made with Parley on ${today} from graph-data/. It works offline.`,
      );
      await expect(page.getByRole('button', { name: 'Open…' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'SPARQL…' }).count()).resolves.toBe(0);
      await screenshot(page, 'published-desktop');
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await axeViolations(page), theme).toEqual([]);
      }
      // Nothing selected: the summary names the dataset and lists its sources.
      await page
        .getByRole('button', { name: /Close details|Clear selection/ })
        .first()
        .click();
      await details(page)
        .getByRole('heading', { name: /^Vietnam–US political/ })
        .waitFor();
      await expect(details(page).locator('.summary-sources li').count()).resolves.toBe(5);
      expect(await cspSeen(page)).toEqual([]);
      expect(o.requests).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.context.close();
    });

    it('search, click-through, Find connection, time bar, List and image export work offline', async () => {
      const o = await offline();
      const { page } = o;
      await page.goto(fileUrl(published, '?e=psd-dialogue-12'));
      await waitSettled(page, 60_000);
      // Search: type, pick the first hit, Details follows.
      const box = page.getByRole('combobox', { name: 'Search' });
      await box.fill('Jenkins');
      await page.getByRole('option').first().waitFor();
      await box.press('Enter');
      await details(page).getByRole('heading', { name: 'Bonnie Jenkins', level: 2 }).waitFor();
      // Click-through: a Details link selects another entity in place.
      const link = details(page).locator('a.entity-link').first();
      const next = new URLSearchParams((await link.getAttribute('href')) ?? '').get('e');
      expect(next).toBeTruthy();
      await link.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe(next);
      await expect(
        details(page).getByRole('heading', { level: 2 }).first().textContent(),
      ).resolves.not.toBe('Bonnie Jenkins');
      // Time bar: As of narrows what is shown.
      await page.getByRole('checkbox', { name: 'As of' }).check();
      await expect.poll(() => new URL(page.url()).searchParams.has('asof')).toBe(true);
      await page.getByRole('checkbox', { name: 'As of' }).uncheck();
      // Find connection: the panel loads (inlined), takes two ends, lists a path with its quotes.
      await page.getByRole('button', { name: 'Find connection', exact: true }).first().click();
      const conn = page.getByRole('region', { name: 'Connection' });
      await conn.getByRole('heading', { name: 'Find connection' }).waitFor();
      for (const [field, typed, label] of [
        ['From', 'jessica', 'Jessica Lewis'],
        ['To', 'blinken', 'Antony Blinken'],
      ] as const) {
        await conn.getByRole('combobox', { name: field }).fill(typed);
        await conn
          .getByRole('option', { name: new RegExp(label) })
          .first()
          .click();
      }
      const steps = conn.getByRole('list', { name: 'Steps of path 1' });
      await steps.waitFor();
      await expect(steps.locator('blockquote').count()).resolves.toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      // List: the table of entities.
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('region', { name: 'List' }).getByRole('grid').first().waitFor();
      await page.getByRole('button', { name: 'Graph', exact: true }).click();
      await waitSettled(page, 60_000);
      // Image export: a PNG download made in the page.
      await page.getByRole('button', { name: 'Export' }).click();
      const panel = page.getByRole('dialog', { name: 'Export' });
      await expect(
        panel.getByRole('option', { name: 'Interactive page (HTML)' }).count(),
      ).resolves.toBe(0);
      await expect(panel.getByRole('option', { name: /RDF/ }).count()).resolves.toBe(0);
      const download = page.waitForEvent('download');
      await panel.getByRole('button', { name: 'Download' }).click();
      const png = readFileSync(await (await download).path());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
      expect(await cspSeen(page)).toEqual([]);
      expect(o.requests).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.context.close();
    });

    it('Thread and Compare open from the address, with their quotes and rows', async () => {
      const o = await offline();
      const { page } = o;
      await page.goto(
        fileUrl(published, '?e=dioxin-remediation-bien-hoa&thread=dioxin-remediation-bien-hoa'),
      );
      await waitSettled(page, 60_000);
      const thread = page.getByRole('region', { name: 'Thread' });
      await thread.getByRole('listitem').first().waitFor();
      await expect(thread.locator('.thread-entry').count()).resolves.toBe(2);
      await page.goto(fileUrl(published, '?compare=psd-dialogue-12,fm-dialogue-1'));
      await waitSettled(page, 60_000);
      const compare = page.getByRole('region', { name: 'Comparison' });
      await compare.getByRole('table').waitFor();
      await expect(
        compare
          .getByRole('region', { name: 'Topics: only in second' })
          .getByRole('listitem')
          .count(),
      ).resolves.toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspSeen(page)).toEqual([]);
      expect(o.requests).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.context.close();
    });

    it('the Article view opens offline at a quote, every quote of the article marked', async () => {
      const o = await offline();
      const { page } = o;
      const source = 's002-vietnamplus-12th-psd-dialogue';
      const citing = (await readDataDir('graph-data'))
        .flatMap(
          (f) =>
            (JSON.parse(f.text) as { relations?: { evidence: { source: string }[] }[] })
              .relations ?? [],
        )
        .flatMap((r) => r.evidence)
        .filter((e) => e.source === source).length;
      await page.goto(fileUrl(published, `?source=${source}`));
      await waitSettled(page, 60_000);
      const article = page.getByRole('region', { name: 'Article' });
      await article.locator('mark[tabindex="0"]').first().waitFor({ timeout: 60_000 });
      expect(await article.locator('mark[tabindex="0"]').count()).toBe(citing);
      await article.locator('mark[tabindex="0"]').first().click();
      await expect
        .poll(() => details(page).textContent(), { timeout: 30_000 })
        .toContain('Vietnam, US hold 12th');
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspSeen(page)).toEqual([]);
      expect(o.requests).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.context.close();
    });

    it('a page without positions is laid out in the page (Cytoscape cose), with no worker and no request', async () => {
      const files = (await readDataDir('tests/fixtures/valid')).map((f) => ({
        name: f.name,
        data: JSON.parse(f.text) as unknown,
      }));
      const slot = await toSlot({ v: 1, files, texts: {}, madeAt: '', madeFrom: 'a test' });
      const bare = path.join(dir, 'no-positions.html');
      writeFileSync(bare, fillShell(readFileSync(shell, 'utf8'), slot, 'No positions'));
      const o = await offline();
      await o.page.goto(fileUrl(bare));
      await waitSettled(o.page, 60_000);
      const spread = await o.page.getByTestId('graph').evaluate((el) => {
        const g = el as HTMLElement & {
          __parleyNodeSizes?: () => { id: string }[];
          __parleyNodePosition?: (id: string) => { x: number; y: number } | null;
        };
        const at = (g.__parleyNodeSizes?.() ?? []).map((n) => g.__parleyNodePosition?.(n.id));
        return { nodes: at.length, distinct: new Set(at.map((p) => `${p?.x},${p?.y}`)).size };
      });
      expect(spread.nodes).toBeGreaterThan(3);
      expect(spread.distinct).toBe(spread.nodes); // laid out, not stacked
      expect(await cspSeen(o.page)).toEqual([]);
      expect(o.requests).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.context.close();
    });

    it('embed=1 on a phone-sized file page: graph, search, the card with its quote, Open in Parley to the same file', async () => {
      const o = await offline({ width: 320, height: 480 });
      const { page } = o;
      const url = fileUrl(published, '?e=ha-kim-ngoc&embed=1');
      await page.goto(url);
      await waitSettled(page, 60_000);
      await embedChecks(page);
      const href = await page.getByRole('link', { name: /Open in Parley/ }).getAttribute('href');
      expect(href).toBe(fileUrl(published, '?e=ha-kim-ngoc'));
      await screenshot(page, 'published-embed-320');
      expect(o.requests).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.context.close();
    });
  },
);

/** What an embed shows, in `frame` (the page itself or an iframe of it). */
async function embedChecks(frame: Page | Frame) {
  await frame.getByRole('combobox', { name: 'Search' }).waitFor();
  await expect(
    frame.getByRole('navigation', { name: 'Legend and filters' }).isVisible(),
  ).resolves.toBe(false);
  await expect(frame.getByRole('button', { name: 'Export' }).count()).resolves.toBe(0);
  await expect(frame.getByRole('slider').count()).resolves.toBe(0);
  const card = frame.locator('.embed-card');
  await card.getByRole('heading', { name: /Ha Kim Ngoc/ }).waitFor();
  await expect(card.locator('blockquote').first().isVisible()).resolves.toBe(true);
  // Readable: nothing wider than the frame, the quote fully inside it.
  const fits = await frame.evaluate(() => {
    const quote = document.querySelector('.embed-card blockquote')!.getBoundingClientRect();
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      quoteRight: quote.right,
      width: window.innerWidth,
    };
  });
  expect(fits.overflow).toBe(0);
  expect(fits.quoteRight).toBeLessThanOrEqual(fits.width);
  const graph = await frame.getByTestId('graph').boundingBox();
  expect(graph!.height).toBeGreaterThan(120);
  expect(await axeViolations(frame as Page)).toEqual([]);
  expect(await cspSeen(frame)).toEqual([]);
}

// Each test opens a 1.4 MB page on a shared, loaded machine: time for that, not a speed check.
describe('embed=1 in an iframe on a page of another origin', { timeout: 240_000 }, () => {
  let host: Server;
  let hostUrl: string;
  beforeAll(async () => {
    // The article: a page on its own origin (another port) that frames the app.
    host = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const w = Number(u.searchParams.get('w'));
      const h = Number(u.searchParams.get('h'));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>An article</title></head><body style="margin:0">` +
          `<main><h1>An article</h1><iframe src="${baseUrl()}?e=ha-kim-ngoc&embed=1" width="${w}" height="${h}" ` +
          `title="Parley graph: Ha Kim Ngoc" style="border:0;display:block"></iframe></main></body></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  for (const [w, h] of [
    [320, 480],
    [640, 400],
  ] as const) {
    it(`${w}×${h}: graph, search, card with the quote, Open in Parley to the full view`, async () => {
      const context = await browser.newContext({ viewport: { width: w + 40, height: h + 120 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${hostUrl}?w=${w}&h=${h}`);
      const frame = page.frames().find((f) => f.url().startsWith(baseUrl()))!;
      expect(new URL(frame.url()).origin).not.toBe(new URL(hostUrl).origin);
      await frame.locator('[data-testid="graph"][aria-busy="false"]').waitFor({ timeout: 60_000 });
      await embedChecks(frame);
      const size = await frame.evaluate(() => [window.innerWidth, window.innerHeight]);
      expect(size).toEqual([w, h]);
      // Clicking through inside the frame keeps embed=1; the link follows to the full view.
      await frame.getByRole('combobox', { name: 'Search' }).fill('Jenkins');
      await frame.getByRole('option').first().waitFor();
      await frame.getByRole('combobox', { name: 'Search' }).press('Enter');
      await frame
        .locator('.embed-card')
        .getByRole('heading', { name: /Bonnie Jenkins/ })
        .waitFor();
      expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');
      const open = frame.getByRole('link', { name: /Open in Parley/ });
      await expect(open.getAttribute('target')).resolves.toBe('_blank');
      const popup = page.waitForEvent('popup');
      await open.click();
      const full = await popup;
      await full.waitForLoadState();
      const fullUrl = new URL(full.url());
      expect(fullUrl.searchParams.get('e')).toBe('bonnie-jenkins');
      expect(fullUrl.searchParams.has('embed')).toBe(false);
      await screenshot(page, `embed-iframe-${w}x${h}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

// Each test opens a 1.4 MB page on a shared, loaded machine: time for that, not a speed check.
describe('Export → Interactive page (HTML)', { timeout: 240_000 }, () => {
  it('writes the opened file and the view as one page; a hostile label stays text', async () => {
    const hostile = '</script><script>window.__pwned=1</script><!--';
    const bundle = JSON.parse(readFileSync('tests/fixtures/open/mini.parley.json', 'utf8')) as {
      title: string;
      entities: { id: string; label: string }[];
    };
    bundle.title = `Mini ${hostile} </title><b>bold</b>`;
    bundle.entities.find((e) => e.id === 'jessica-lewis')!.label = `Jessica ${hostile}`;
    const file = path.join(dir, 'hostile.parley.json');
    writeFileSync(file, JSON.stringify(bundle));

    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitSettled(page, 60_000);
    await page.getByLabel('Open dataset file').setInputFiles(file);
    await page
      .getByTestId('load-counts')
      .filter({ hasText: /entities/ })
      .waitFor();
    await expect
      .poll(() => page.getByTestId('load-counts').textContent())
      .toContain(`${bundle.entities.length} entities`);
    await waitSettled(page, 60_000);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('Jessica');
    await page.getByRole('option').first().waitFor();
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe('jessica-lewis');
    await page.getByRole('button', { name: 'Export' }).click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    await panel
      .getByRole('combobox', { name: 'Format' })
      .selectOption({ label: 'Interactive page (HTML)' });
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download' }).click();
    const saved = path.join(dir, 'exported.html');
    await (await download).saveAs(saved);
    await context.close();

    const html = readFileSync(saved, 'utf8');
    expect(html).not.toContain(hostile);
    expect(html).toContain('<title>Mini &lt;/script&gt;');

    const o = await offline();
    await o.page.goto(fileUrl(saved));
    await waitSettled(o.page, 60_000);
    // The view came along: the page opens on the entity selected at export.
    await details(o.page)
      .getByRole('heading', { name: `Jessica ${hostile}`, level: 2 })
      .waitFor();
    await expect(o.page.evaluate(() => 'pwned' in window || '__pwned' in window)).resolves.toBe(
      false,
    );
    await expect(o.page.title()).resolves.toBe(`Mini ${hostile} </title><b>bold</b>`);
    await expect(o.page.locator('b').count()).resolves.toBe(0);
    // The positions as drawn came along: no layout had to be computed in the page.
    expect(o.warnings.filter((w) => /layout/.test(w))).toEqual([]);
    expect(await cspSeen(o.page)).toEqual([]);
    expect(o.requests).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.context.close();
  });
});
