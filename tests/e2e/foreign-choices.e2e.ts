import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled } from './browser';

/**
 * What a person chooses after a foreign file opened (tests/fixtures/foreign/):
 * which column gives the kinds ("Type from" in the load report), the time
 * range of a dynamic GEXF, every attribute column of the List.
 */

const FOREIGN = 'tests/fixtures/foreign';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openFile(page: Page, name: string, expectCounts: string) {
  await page.getByLabel('Open dataset file').setInputFiles(path.join(FOREIGN, name));
  // A shared machine: generous waits, no speed asserted here.
  await expect
    .poll(() => page.getByTestId('load-counts').textContent(), { timeout: 120_000 })
    .toContain(expectCounts);
  await waitSettled(page, 120_000);
}

const legendNames = (page: Page) =>
  page.getByRole('region', { name: 'Legend' }).locator('.legend-label').allTextContents();

describe('Type from, in the load report', () => {
  it(
    'TinkerPop: entity types from age instead of labelV, relation types from none; focus stays on the select',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);
      await openFile(page, 'tinkerpop-modern.graphml', '6 entities, 6 relations');
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
