import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { exportRdf } from '../../src/data/rdf';
import type { Dataset } from '../../src/model';
import { startEndpoint, type Endpoint } from '../sparql/endpoint';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled } from './browser';

/**
 * The explorer on a SPARQL endpoint, explored as the bundled data is: a real
 * oxigraph store loaded with Parley's Turtle export, behind a local HTTP
 * endpoint this test starts. Search, select, follow, evidence, one more hop,
 * export; and the errors a person meets (CORS refusal, unreachable store).
 */
let browser: Browser;
let endpoint: Endpoint;
let noCors: Endpoint;
let dataset: Dataset;
let ttl: string;

beforeAll(async () => {
  browser = await launch();
  dataset = (await loadDatasetFromDir('graph-data')).dataset;
  ttl = (await exportRdf(dataset, 'ttl')).text;
  endpoint = await startEndpoint(ttl);
  noCors = await startEndpoint(ttl, { cors: false });
});
afterAll(async () => {
  await browser?.close();
  await endpoint?.close();
  await noCors?.close();
});

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 }).first();
const counts = (page: Page) => page.getByTestId('load-counts');
const label = (id: string) => dataset.entities.find((e) => e.id === id)?.label;
const relationsOf = (id: string) =>
  dataset.relations.filter((r) => r.source === id || r.target === id);
const neighboursOf = (id: string) => [
  ...new Set(relationsOf(id).map((r) => (r.source === id ? r.target : r.source))),
];
type XY = { x: number; y: number };
const modelPositions = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      __parleyModelPositions?: () => Record<string, XY>;
    };
    return el.__parleyModelPositions?.() ?? {};
  });

/** SPARQL… → the endpoint URL → Connect, as a person types it in. */
async function connectFromPanel(page: Page, url: string) {
  await page.getByRole('button', { name: 'SPARQL…' }).click();
  const panel = page.getByRole('dialog', { name: 'SPARQL endpoint' });
  await panel.getByLabel('SPARQL endpoint URL').fill(url);
  await panel.getByRole('button', { name: 'Connect' }).click();
}

async function openOnEndpoint(url: string, seed = 'ha-kim-ngoc') {
  const opened = await openApp(browser, {
    query: `?sparql=${encodeURIComponent(url)}&e=${seed}`,
  });
  await expect
    .poll(() => opened.page.locator('.notice').textContent(), { timeout: 20_000 })
    .toMatch(/read from/);
  await waitSettled(opened.page);
  return opened;
}

describe('exploring a SPARQL endpoint', () => {
  it('opens the named entity’s neighbourhood from the address, with evidence', async () => {
    const { page, context, errors } = await openOnEndpoint(endpoint.url);
    await expect.poll(() => heading(page).textContent()).toBe(label('ha-kim-ngoc'));
    // Only the neighbourhood came, not the whole store.
    const shown = Number((await page.getByTestId('graph').getAttribute('data-visible-nodes')) ?? 0);
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(dataset.entities.length);
    expect(endpoint.queries.some((q) => /CONSTRUCT/.test(q))).toBe(true);
    expect(endpoint.queries.every((q) => !/\{\s*\?s \?p \?o\s*\}\s*$/.test(q))).toBe(true);
    // Evidence quotes show as in the bundled data.
    // (a relation with one quote: several fold behind "N quotes ▸")
    const quote = relationsOf('ha-kim-ngoc').find((r) => r.evidence.length === 1)!.evidence[0]!
      .quote;
    await expect
      .poll(
        () =>
          details(page)
            .getByText(quote, { exact: false })
            .filter({ visible: true })
            .first()
            .isVisible(),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    await screenshot(page, 'sparql-neighbourhood');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a link, then Show neighbours loads one more hop from the store; the view stays', async () => {
    const { page, context, errors } = await openOnEndpoint(endpoint.url);
    // Follow: a connected entity from the Details panel.
    const link = details(page).locator('a.entity-link').first();
    const next = new URLSearchParams(((await link.getAttribute('href')) ?? '').slice(1)).get('e')!;
    await link.click();
    await expect.poll(() => heading(page).textContent()).toBe(label(next));
    await waitSettled(page);
    const before = await modelPositions(page);
    const address = page.url();
    // Its own neighbours are not loaded yet: all those on screen are shown, but the store holds more.
    const show = details(page).getByRole('button', { name: 'Show neighbours' });
    expect(await show.getAttribute('aria-disabled')).toBe('false');
    const newcomers = neighboursOf(next).filter((n) => !(n in before));
    expect(newcomers.length).toBeGreaterThan(0);
    const asked = endpoint.queries.length;
    await show.click();
    await expect
      .poll(async () => Object.keys(await modelPositions(page)).length, { timeout: 20_000 })
      .toBe(Object.keys(before).length + newcomers.length);
    await waitSettled(page);
    expect(endpoint.queries.length).toBeGreaterThan(asked);
    // The same view on a bigger graph: selection, address and every position kept.
    await expect.poll(() => heading(page).textContent()).toBe(label(next));
    // (the address adds only what Show neighbours did to the view: expand=…)
    const now = new URL(page.url()).searchParams;
    const was = new URL(address).searchParams;
    expect(now.get('sparql')).toBe(was.get('sparql'));
    expect(now.get('e')).toBe(next);
    expect(now.get('expand')).toBe(next);
    // (and what was loaded from the store, so that a link loads it again)
    expect(now.get('hops')?.split(',').sort()).toEqual(['ha-kim-ngoc', next].sort());
    await page.waitForTimeout(500); // the newcomers' glide
    const after = await modelPositions(page);
    for (const [id, p] of Object.entries(before)) {
      expect(Math.abs(after[id]!.x - p.x), id).toBeLessThan(1);
      expect(Math.abs(after[id]!.y - p.y), id).toBeLessThan(1);
    }
    // The newcomers stand around the entity they joined, not on one spot.
    const spots = new Set(
      newcomers.map((n) => `${Math.round(after[n]!.x)},${Math.round(after[n]!.y)}`),
    );
    expect(spots.size).toBe(newcomers.length);
    // Its relations come with their evidence: Details lists the newcomers.
    await expect
      .poll(() =>
        details(page)
          .getByRole('link', { name: label(newcomers[0]!) })
          .count(),
      )
      .toBeGreaterThan(0);
    // Everything around it is loaded now: nothing more to show, nothing more asked.
    await expect.poll(() => show.getAttribute('aria-disabled')).toBe('true');
    const done = endpoint.queries.length;
    await show.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('n');
    await page.waitForTimeout(300);
    expect(endpoint.queries.length).toBe(done);
    await screenshot(page, 'sparql-one-more-hop');
    // The link to this view brings back the same graph: what was loaded is in the address (hops=).
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect
      .poll(async () => Object.keys(await modelPositions(shared)).sort(), { timeout: 20_000 })
      .toEqual(Object.keys(after).sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches the store and brings a result onto the graph, selected', async () => {
    const { page, context } = await openOnEndpoint(endpoint.url);
    await page.getByRole('button', { name: 'SPARQL…' }).click();
    const panel = page.getByRole('dialog', { name: 'SPARQL endpoint' });
    await panel.getByLabel('Search the store').fill('Blinken');
    await panel.getByRole('button', { name: 'Search' }).click();
    const hit = panel
      .getByRole('list', { name: 'Results from the store' })
      .getByRole('button')
      .first();
    await expect(hit.textContent()).resolves.toContain('Blinken');
    await hit.click();
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain('Blinken');
    await waitSettled(page);
    // Focus moves to the new Details heading, as a search pick does.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Blinken');
    await screenshot(page, 'sparql-after-search');
    await context.close();
  });

  it('the top bar’s search lists the store’s matches after the graph’s own; picking one brings it on', async () => {
    const { page, context } = await openOnEndpoint(endpoint.url);
    const near = new Set([...neighboursOf('ha-kim-ngoc'), 'ha-kim-ngoc']);
    const far = dataset.entities.find((e) => e.type === 'person' && !near.has(e.id))!;
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill(far.label);
    const option = page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .filter({ hasText: 'in the store' })
      .filter({ has: page.getByText(far.label, { exact: true }) });
    await expect.poll(() => option.count(), { timeout: 20_000 }).toBe(1);
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    await screenshot(page, 'sparql-search-box-store-hits');
    // From the keyboard, as any search: arrow down to it, Enter.
    const options = await page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .allTextContents();
    const at = options.findIndex((t) => t.includes(`${far.label}Person · in the store`));
    for (let i = 0; i < at; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toBe(far.label);
    await waitSettled(page);
    expect(Object.keys(await modelPositions(page))).toContain(far.id);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe(far.label);
    await context.close();
  });

  it('a slow hop shows progress and can be cancelled (button or Escape): nothing changes, focus returns', async () => {
    const slow = await startEndpoint(ttl);
    try {
      const { page, context } = await openOnEndpoint(slow.url);
      const link = details(page).locator('a.entity-link').first();
      await link.click();
      await waitSettled(page);
      const count = Object.keys(await modelPositions(page)).length;
      slow.options.delayMs = 2_500;
      const show = details(page).getByRole('button', { name: 'Show neighbours' });
      await show.click();
      const status = page.locator('.sparql-progress');
      await expect.poll(() => status.textContent()).toMatch(/Loading the neighbourhood|Connecting/);
      expect(await show.getAttribute('aria-busy')).toBe('true');
      const v = await axeViolations(page);
      expect(v, JSON.stringify(v, null, 1)).toEqual([]);
      await screenshot(page, 'sparql-hop-progress');
      await status.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => status.count()).toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe('Show neighbours');
      // The late answer is dropped: the graph stays as it was.
      await page.waitForTimeout(3_000);
      expect(Object.keys(await modelPositions(page)).length).toBe(count);
      // Escape stops it too.
      await show.click();
      await expect.poll(() => status.count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => status.count()).toBe(0);
      await expect.poll(() => heading(page).count()).toBe(1);
      // And the next try, unhurried, lands.
      slow.options.delayMs = 0;
      await show.click();
      await expect
        .poll(async () => Object.keys(await modelPositions(page)).length, { timeout: 20_000 })
        .toBeGreaterThan(count);
      await context.close();
    } finally {
      await slow.close();
    }
  });

  it('a time limit from the address (timeout=1): the hop that takes longer says so in plain words', async () => {
    const slow = await startEndpoint(ttl);
    try {
      const { page, context } = await openApp(browser, {
        query: `?sparql=${encodeURIComponent(slow.url)}&e=ha-kim-ngoc&timeout=1`,
      });
      await expect
        .poll(() => page.locator('.notice').textContent(), { timeout: 20_000 })
        .toMatch(/read from/);
      await waitSettled(page);
      // The limit stays in the address as the view changes.
      expect(new URL(page.url()).searchParams.get('timeout')).toBe('1');
      await details(page).locator('a.entity-link').first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('timeout')).toBe('1');
      await waitSettled(page);
      const count = Object.keys(await modelPositions(page)).length;
      slow.options.delayMs = 2_500;
      const show = details(page).getByRole('button', { name: 'Show neighbours' });
      await show.click();
      const dialog = page.getByRole('alertdialog');
      await expect(dialog.textContent({ timeout: 20_000 })).resolves.toMatch(
        /did not answer in time/,
      );
      expect(await dialog.textContent()).toMatch(/within 1 s/);
      const v = await axeViolations(page);
      expect(v, JSON.stringify(v, null, 1)).toEqual([]);
      await screenshot(page, 'sparql-timeout');
      await dialog.getByRole('button', { name: 'Close' }).click();
      expect(Object.keys(await modelPositions(page)).length).toBe(count);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe('Show neighbours');
      await context.close();
    } finally {
      await slow.close();
    }
  });

  it('exports what it loaded as Turtle that reads back', async () => {
    const { page, context } = await openOnEndpoint(endpoint.url);
    await page.getByRole('button', { name: 'Export' }).click();
    const exportPanel = page.getByRole('dialog', { name: 'Export' });
    await exportPanel.getByLabel('Format').selectOption('ttl');
    const download = page.waitForEvent('download');
    await exportPanel.getByRole('button', { name: 'Download' }).click();
    const text = readFileSync((await (await download).path())!, 'utf8');
    expect(text).toContain('parley:Relation');
    const { Store } = (await import('oxigraph')).default;
    const store = new Store();
    store.load(text, { format: 'text/turtle' });
    const n = [
      ...(store.query(
        'SELECT (COUNT(*) AS ?n) WHERE { ?r a <https://w3id.org/parley/ns#Relation> }',
      ) as Iterable<Map<string, { value: string }>>),
    ][0]?.get('n')?.value;
    expect(Number(n)).toBe(relationsOf('ha-kim-ngoc').length);
    await context.close();
  });

  it('connects from SPARQL… by typed address', async () => {
    const { page, context } = await openApp(browser);
    await connectFromPanel(page, endpoint.url);
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 20_000 })
      .toMatch(/read from/);
    await expect.poll(() => new URL(page.url()).searchParams.get('sparql')).toBe(endpoint.url);
    await context.close();
  });
});

describe('SPARQL on a phone', () => {
  it('Show neighbours from the sheet, dark: the progress line and Cancel stay in reach, axe clean', async () => {
    const slow = await startEndpoint(ttl);
    try {
      const { page, context } = await openApp(browser, {
        width: 375,
        height: 812,
        colorScheme: 'dark',
        query: `?sparql=${encodeURIComponent(slow.url)}&e=ha-kim-ngoc`,
      });
      await expect
        .poll(() => page.locator('.notice').textContent(), { timeout: 20_000 })
        .toMatch(/read from/);
      await waitSettled(page);
      const link = details(page).locator('a.entity-link').first();
      await link.click();
      await waitSettled(page);
      const before = await modelPositions(page);
      slow.options.delayMs = 2_000;
      const show = details(page).getByRole('button', { name: 'Show neighbours' });
      await show.click();
      const status = page.locator('.sparql-progress');
      const cancel = status.getByRole('button', { name: 'Cancel' });
      await cancel.waitFor();
      const box = (await cancel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.y + box.height).toBeLessThanOrEqual(812);
      // Nothing covers Cancel: a tap there reaches it.
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.textContent ?? '',
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe('Cancel');
      const v = await axeViolations(page);
      expect(v, JSON.stringify(v, null, 1)).toEqual([]);
      await screenshot(page, 'sparql-phone-dark-progress');
      await expect
        .poll(async () => (await modelPositions(page)) && status.count(), { timeout: 20_000 })
        .toBe(0);
      await waitSettled(page);
      await page.waitForTimeout(1500); // the newcomers' glide, the view's move, labels refreshed
      // The view moved towards the newcomers: they are centred, at most half as zoomed.
      const region = (await page.getByTestId('graph').boundingBox())!;
      const shown = await modelPositions(page);
      const fresh = Object.keys(shown).filter((id) => !(id in before));
      expect(fresh.length).toBeGreaterThan(0);
      const drawn = await page.evaluate((ids) => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          __parleyNodePosition?: (id: string) => { x: number; y: number } | null;
        };
        return ids.map((id) => el.__parleyNodePosition?.(id) ?? { x: NaN, y: NaN });
      }, fresh);
      const inView = drawn.filter(
        (p) => p.x >= 0 && p.x <= region.width && p.y >= 0 && p.y <= region.height,
      );
      expect(inView.length).toBeGreaterThan(0);
      const mid = drawn.reduce(
        (a, p) => ({ x: a.x + p.x / drawn.length, y: a.y + p.y / drawn.length }),
        {
          x: 0,
          y: 0,
        },
      );
      expect(Math.abs(mid.x - region.width / 2)).toBeLessThan(region.width / 2);
      expect(Math.abs(mid.y - region.height / 2)).toBeLessThan(region.height);
      await screenshot(page, 'sparql-phone-dark-grown');
      await context.close();
    } finally {
      await slow.close();
    }
  });
});

describe('SPARQL from Open…', () => {
  it('connects to an endpoint typed in Open…, from the keyboard', async () => {
    const { page, context } = await openApp(browser);
    const open = page.getByRole('button', { name: 'Open…' });
    await open.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Open' });
    await panel.getByLabel('SPARQL endpoint URL').fill(endpoint.url);
    await panel.getByLabel('SPARQL endpoint URL').press('Enter');
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 20_000 })
      .toMatch(/read from/);
    await waitSettled(page);
    expect(new URL(page.url()).searchParams.get('sparql')).toBe(endpoint.url);
    await expect.poll(() => panel.count()).toBe(0);
    await context.close();
  });
});

describe('SPARQL errors in the browser', () => {
  it('a store without CORS headers: the refusal is named, the graph kept', async () => {
    const { page, context } = await openApp(browser);
    const before = await counts(page).textContent();
    await connectFromPanel(page, noCors.url);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.textContent({ timeout: 20_000 })).resolves.toMatch(
      /CORS headers do not allow/,
    );
    // Plain words first; the technical message is folded.
    await expect(
      dialog.getByText(/does not let web pages from other sites read/).isVisible(),
    ).resolves.toBe(true);
    await expect(dialog.getByText(/CORS headers do not allow/).isVisible()).resolves.toBe(false);
    await dialog.getByText('Technical details').click();
    await expect(dialog.getByText(/CORS headers do not allow/).isVisible()).resolves.toBe(true);
    await screenshot(page, 'sparql-cors-error');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await counts(page).textContent()).toBe(before);
    await context.close();
  });

  it('an unreachable store is named as such', async () => {
    const dead = await startEndpoint('');
    const url = dead.url;
    await dead.close();
    const { page, context } = await openApp(browser, {
      query: `?sparql=${encodeURIComponent(url)}`,
    });
    await expect(page.getByRole('alertdialog').textContent({ timeout: 20_000 })).resolves.toMatch(
      /cannot be reached/,
    );
    expect(await page.getByRole('alertdialog').textContent()).toMatch(
      /Nothing answered at this address/,
    );
    await context.close();
  });

  it('a store whose data is not in Parley’s vocabulary: named in plain words, the graph kept', async () => {
    const foaf = await startEndpoint(
      '<http://example.org/a> <http://xmlns.com/foaf/0.1/knows> <http://example.org/b> .\n' +
        '<http://example.org/a> <http://xmlns.com/foaf/0.1/name> "Alice" .',
    );
    try {
      const { page, context } = await openApp(browser);
      const before = await counts(page).textContent();
      await connectFromPanel(page, foaf.url);
      const dialog = page.getByRole('alertdialog');
      await expect(dialog.textContent({ timeout: 20_000 })).resolves.toMatch(
        /not in Parley’s vocabulary/,
      );
      expect(await dialog.textContent()).toMatch(/npm run export -- --format ttl/);
      const v = await axeViolations(page);
      expect(v, JSON.stringify(v, null, 1)).toEqual([]);
      await screenshot(page, 'sparql-not-in-vocabulary');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await counts(page).textContent()).toBe(before);
      // Focus goes back to the top bar, not the page.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe('SPARQL…');
      await context.close();
    } finally {
      await foaf.close();
    }
  });
});
