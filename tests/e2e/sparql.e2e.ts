import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { exportRdf } from '../../src/data/rdf';
import type { Dataset } from '../../src/model';
import { startEndpoint, type Endpoint } from '../sparql/endpoint';
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

beforeAll(async () => {
  browser = await launch();
  dataset = (await loadDatasetFromDir('graph-data')).dataset;
  const ttl = (await exportRdf(dataset, 'ttl')).text;
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

  it('follows a link, searches the store, loads one more hop', async () => {
    const { page, context } = await openOnEndpoint(endpoint.url);
    // Follow: a connected entity from the Details panel.
    const link = details(page).locator('a.entity-link').first();
    const next = new URLSearchParams(((await link.getAttribute('href')) ?? '').slice(1)).get('e')!;
    await link.click();
    await expect.poll(() => heading(page).textContent()).toBe(label(next));
    // One more hop around it.
    const before = Number(
      (await page.getByTestId('graph').getAttribute('data-visible-nodes')) ?? 0,
    );
    await page.getByRole('button', { name: 'SPARQL…' }).click();
    const panel = page.getByRole('dialog', { name: 'SPARQL endpoint' });
    await panel.getByRole('button', { name: `Load neighbours of ${label(next)}` }).click();
    await expect
      .poll(
        async () =>
          Number((await page.getByTestId('graph').getAttribute('data-visible-nodes')) ?? 0),
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(before);
    await waitSettled(page);
    await expect.poll(() => heading(page).textContent()).toBe(label(next));
    // Search on the server, pick a result: it is loaded and selected.
    await page.getByRole('button', { name: 'SPARQL…' }).click();
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
    await screenshot(page, 'sparql-after-search');
    await context.close();
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
    await page.getByRole('button', { name: 'SPARQL…' }).click();
    const panel = page.getByRole('dialog', { name: 'SPARQL endpoint' });
    await panel.getByLabel('SPARQL endpoint URL').fill(endpoint.url);
    await panel.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 20_000 })
      .toMatch(/read from/);
    await expect.poll(() => new URL(page.url()).searchParams.get('sparql')).toBe(endpoint.url);
    await context.close();
  });
});

describe('SPARQL errors in the browser', () => {
  it('a store without CORS headers: the refusal is named, the graph kept', async () => {
    const { page, context } = await openApp(browser);
    const before = await counts(page).textContent();
    await page.getByRole('button', { name: 'SPARQL…' }).click();
    const panel = page.getByRole('dialog', { name: 'SPARQL endpoint' });
    await panel.getByLabel('SPARQL endpoint URL').fill(noCors.url);
    await panel.getByRole('button', { name: 'Connect' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.textContent({ timeout: 20_000 })).resolves.toMatch(
      /CORS headers do not allow/,
    );
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
    await context.close();
  });
});
