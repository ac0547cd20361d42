import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, selectBySearch, openForeignFile } from './browser';

/**
 * What a foreign file means, kept (tests/fixtures/foreign/): its kinds in
 * the legend and the relation filter in its own words, its attributes in
 * Details and as List columns, Colour by / Size by any of them, its own
 * colours, no arrowheads when it is undirected.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const legend = (page: Page) => page.getByRole('region', { name: 'Legend' });
const encoding = (page: Page) => page.getByRole('region', { name: 'Encoding' });
/** The legend's entries as shown (each is a toggle button: symbol, label, count). */
const legendNames = (page: Page) => legend(page).locator('.legend-label').allTextContents();
const arrowheads = (page: Page) =>
  page
    .getByTestId('graph')
    .evaluate((el) =>
      (el as HTMLElement & { __parleyArrowheads: () => number }).__parleyArrowheads(),
    );

describe('a file’s meaning, kept', () => {
  it(
    'TinkerPop GraphML: labelV and labelE in the legend and the relation filter; age in Details and the List',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'tinkerpop-modern.graphml', '6 entities, 6 relations');
      expect(await legendNames(page)).toEqual(['Person', 'software']);
      const filters = page.getByRole('region', { name: 'Filters' });
      await filters.getByText(/Relation types/).click();
      await expect(filters.getByRole('checkbox', { name: /^knows/ }).count()).resolves.toBe(1);
      await expect(filters.getByRole('checkbox', { name: /^created/ }).count()).resolves.toBe(1);
      await expect(filters.getByRole('checkbox', { name: /related to/ }).count()).resolves.toBe(0);

      await selectBySearch(page, 'marko');
      const own = page.getByRole('region', { name: 'From the file' });
      await expect(own.getByRole('term').first().textContent()).resolves.toBe('age');
      await expect(own.getByRole('definition').first().textContent()).resolves.toBe('29');
      await expect
        .poll(() => page.locator('.relation-group h4').allTextContents())
        .toContain('→ knows (2)');

      // Size by a numeric attribute of the file: the hint says what it spans.
      await encoding(page).getByLabel('Size by').selectOption('attr:age');
      await expect.poll(() => page.getByTestId('graph').getAttribute('data-encoding')).toBe('size');
      await expect(encoding(page).textContent()).resolves.toContain(
        'Node size: the file’s “age”, from 27 (smallest) to 35 (largest)',
      );

      await page.getByRole('button', { name: 'List', exact: true }).click();
      const list = page.getByRole('region', { name: 'List' });
      // The List loads on demand: wait for it.
      await expect
        .poll(() => list.getByRole('columnheader', { name: /^age/ }).count(), { timeout: 30_000 })
        .toBe(1);
      await expect(list.getByRole('columnheader', { name: /^lang/ }).count()).resolves.toBe(1);
      await expect(list.getByRole('gridcell', { name: 'java' }).count()).resolves.toBe(2);
      await screenshot(page, 'meaning-tinkerpop-list');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'Gephi Lite: Colour by one of the file’s attributes changes the legend; no arrowheads',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'gephi-lite-miserables-trimmed.json', '17 entities');
      expect(await arrowheads(page)).toBe(0);
      expect(await legendNames(page)).toContain('modularity_class 7');
      const colour = encoding(page).getByLabel('Colour by');
      await colour.selectOption('attr:modularityClass');
      await expect
        .poll(() => page.getByTestId('graph').getAttribute('data-encoding'))
        .toBe('colour');
      const items = encoding(page)
        .getByRole('list', { name: 'Colours by modularityClass' })
        .getByRole('listitem');
      await expect.poll(() => items.count()).toBeGreaterThan(1);
      expect(new URL(page.url()).searchParams.get('colour')).toBe('attr:modularityClass');

      await colour.selectOption('file');
      await expect(
        encoding(page).getByRole('list', { name: 'Colours from the file' }).count(),
      ).resolves.toBe(1);
      await screenshot(page, 'meaning-gephi-lite-file-colours');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'Gephi GEXF with its own layout and colours; a hub selected; the Importance lines speak of weights',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'les-miserables.gexf', '77 entities, 254 relations');
      const layout = page.getByRole('combobox', { name: 'Layout' });
      await expect(layout.locator('option:checked').textContent()).resolves.toBe('From the file');
      // No kind in this file: one type, "Node", never Topic.
      expect(await legendNames(page)).toEqual(['Node']);
      await encoding(page).getByLabel('Colour by').selectOption('file');
      await encoding(page).getByLabel('Size by').selectOption('file');
      await expect
        .poll(() => page.getByTestId('graph').getAttribute('data-encoding'))
        .toBe('size colour');
      await screenshot(page, 'meaning-gexf-own-layout-colours');
      await selectBySearch(page, 'Valjean');
      const importance = page
        .getByRole('region', { name: 'Details' })
        .getByRole('region', { name: 'Importance' });
      await importance.waitFor();
      await expect(importance.textContent()).resolves.toContain("the file's edge weights");
      await expect(importance.textContent()).resolves.not.toMatch(/quotes? of evidence/);
      await screenshot(page, 'meaning-gexf-hub-selected');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('phone, dark: the d3 Les Misérables with a hub selected', { timeout: 240_000 }, async () => {
    const { page, context, errors } = await openApp(browser, {
      width: 375,
      height: 812,
      colorScheme: 'dark',
    });
    await openForeignFile(page, 'miserables-d3.json', '77 entities, 254 relations');
    await selectBySearch(page, 'Valjean');
    await screenshot(page, 'meaning-phone-dark-miserables');
    expect(errors).toEqual([]);
    await context.close();
  });
});
