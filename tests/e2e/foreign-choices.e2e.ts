import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled, openForeignFile } from './browser';

/**
 * What a person chooses after a foreign file opened (tests/fixtures/foreign/):
 * which column gives the kinds ("Type from" in the load report), the time
 * range of a dynamic GEXF, every attribute column of the List.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const legendNames = (page: Page) =>
  page.getByRole('region', { name: 'Legend' }).locator('.legend-label').allTextContents();

describe('Type from, in the load report', () => {
  it(
    'TinkerPop: entity types from age instead of labelV, relation types from none; focus stays on the select',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'tinkerpop-modern.graphml', '6 entities, 6 relations');
      expect(await legendNames(page)).toEqual(['Person', 'software']);
      const form = page.getByRole('form', { name: 'Type from' });
      const entities = form.getByRole('combobox', { name: 'Entity types from' });
      expect(await entities.locator('option').allTextContents()).toEqual(['labelV', 'age', 'None']);
      const apply = form.getByRole('button', { name: 'Read types again' });
      expect(await apply.isDisabled()).toBe(true);

      // By keyboard: pick "age", Tab to the button, Enter.
      await entities.focus();
      await entities.selectOption('age');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect.poll(() => apply.evaluate((b) => b === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => legendNames(page), { timeout: 120_000 })
        .toEqual(['age 27', 'age 29', 'age 32', 'age 35', 'No age']);
      await waitSettled(page, 120_000);
      // Focus is back on the select that was changed, which now shows the column in use.
      const again = page
        .getByRole('form', { name: 'Type from' })
        .getByRole('combobox', { name: 'Entity types from' });
      await expect
        .poll(() => again.evaluate((s) => s === document.activeElement), { timeout: 30_000 })
        .toBe(true);
      expect(await again.inputValue()).toBe('age');
      // Said politely.
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Entity types now' }).count())
        .toBe(1);
      expect(
        await page.getByRole('status').filter({ hasText: 'Entity types now' }).textContent(),
      ).toContain('Entity types now from the file’s “age”: age 27');

      // Relations: no column → every edge "related to" in the relation filter.
      const relations = page
        .getByRole('form', { name: 'Type from' })
        .getByRole('combobox', { name: 'Relation types from' });
      await relations.selectOption({ label: 'None' });
      await page.getByRole('button', { name: 'Read types again' }).click();
      await expect
        .poll(
          () => page.getByRole('status').filter({ hasText: 'Relation types no longer' }).count(),
          {
            timeout: 120_000,
          },
        )
        .toBe(1);
      await waitSettled(page, 120_000);
      // It names the kinds now shown, no others.
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: 'Relation types no longer' })
          .textContent(),
      ).toContain('Relation types no longer come from a column of the file: related to.');
      const filters = page.getByRole('region', { name: 'Filters' });
      await filters.getByText(/Relation types/).click();
      await expect(filters.getByRole('checkbox', { name: /^knows/ }).count()).resolves.toBe(0);
      await expect(filters.getByRole('checkbox', { name: /related to/ }).count()).resolves.toBe(1);
      // The entity choice held.
      expect(await legendNames(page)).toContain('No age');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'type-from-tinkerpop');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('Type from on a phone', () => {
  it(
    'the summary sheet is open again after the file is read again, focus on the select',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser, { width: 375, height: 812 });
      await openForeignFile(page, 'genemania-trimmed.cyjs', '10 entities');
      await page.getByRole('button', { name: /Show summary/ }).click();
      const form = page.getByRole('form', { name: 'Type from' });
      // Its other columns name genes (Synonym, gene_name: not offered): None is the other choice.
      await form
        .getByRole('combobox', { name: 'Entity types from' })
        .selectOption({ label: 'None' });
      await form.getByRole('button', { name: 'Read types again' }).click();
      await expect
        .poll(
          () => page.getByRole('status').filter({ hasText: 'Entity types no longer' }).count(),
          { timeout: 120_000 },
        )
        .toBe(1);
      const again = page
        .getByRole('form', { name: 'Type from' })
        .getByRole('combobox', { name: 'Entity types from' });
      await expect
        .poll(() => again.evaluate((s) => s === document.activeElement), { timeout: 30_000 })
        .toBe(true);
      expect(await again.isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: /Hide summary/ }).count()).toBe(1);
      await screenshot(page, 'type-from-phone');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

const periodInUrl = (page: Page) => {
  const p = new URL(page.url()).searchParams;
  return [p.get('from'), p.get('to')];
};

describe('a dynamic GEXF on the time bar', () => {
  it(
    'spells and start/end dates give the range; narrowing it by keyboard leaves a later relation out',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openForeignFile(page, 'dynamic-spells.gexf', '4 entities, 3 relations');
      const slider = page.getByRole('slider', { name: 'Time range' });
      // The edges' dates (2020-02-01 and the open-ended spell from 2022-04-04), by month.
      await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(
        /January 2020 – December 2022/,
      );
      await expect(
        page.getByRole('group', { name: 'Date unknown' }).textContent(),
      ).resolves.toContain('1 relation');
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('tab', { name: /^Relations/ }).click();
      const relations = page.getByRole('grid', { name: 'Relations' });
      await expect.poll(() => relations.getByRole('row').count(), { timeout: 30_000 }).toBe(4);

      // Shift+Left pulls the end of the range back a month at a time: to December 2021.
      await slider.focus();
      for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => periodInUrl(page)).toEqual(['2020-01', '2021-12']);
      // Beta → Gamma (from April 2022) is out of the range; Alpha → Beta (February 2020) stays,
      // and so does the undated Gamma → Delta (dates unknown are not hidden by a range).
      const row = (a: string, b: string) =>
        relations.getByRole('row').filter({ hasText: a }).filter({ hasText: b });
      await expect.poll(() => row('Beta', 'Gamma').count()).toBe(0);
      await expect(row('Alpha', 'Beta').count()).resolves.toBe(1);
      await expect(row('Gamma', 'Delta').count()).resolves.toBe(1);
      await screenshot(page, 'dynamic-gexf-time-range');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('the List, with many attributes of a file', () => {
  it(
    'at 1280 px every attribute column is reachable: Right arrow scrolls sideways, the name column stays; axe clean',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser, { width: 1280, height: 800 });
      await openForeignFile(page, 'cytoscape-gal-trimmed.json', '60 entities, 54 relations');
      await page.getByRole('button', { name: 'List', exact: true }).click();
      const grid = page.getByRole('grid', { name: 'Entities' });
      const headers = grid.getByRole('columnheader');
      await expect.poll(() => headers.count(), { timeout: 30_000 }).toBeGreaterThan(8);
      const last = headers.last();
      const inView = (loc: ReturnType<typeof grid.locator>) =>
        Promise.all([grid.boundingBox(), loc.boundingBox()]).then(
          ([g, c]) => !!g && !!c && c.x >= g.x - 1 && c.x + c.width <= g.x + g.width + 1,
        );
      expect(await inView(last)).toBe(false);

      // By keyboard: Tab reaches the first row; Right scrolls until the last column shows.
      const row = grid.locator('[role="row"][tabindex="0"]');
      await row.focus();
      for (let i = 0; i < 20 && !(await inView(last)); i++) await page.keyboard.press('ArrowRight');
      expect(await inView(last)).toBe(true);
      // The name column stays in view, beside the last attribute.
      expect(await inView(headers.first())).toBe(true);
      expect(await headers.first().textContent()).toMatch(/^Name/);
      // Focus stayed on the row; Left goes back.
      expect(await row.evaluate((r) => r === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowLeft');
      expect(await grid.evaluate((g) => g.scrollLeft)).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'list-many-attributes-scrolled');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
