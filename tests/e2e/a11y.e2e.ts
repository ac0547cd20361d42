import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { baseUrl, launch, openApp, screenshot, waitSettled } from './browser';
import { openTopMenu } from './topbar';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectClean(page: Page, state: string) {
  const v = await axeViolations(page);
  expect(v, `${state}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

describe('axe: zero violations in every state', () => {
  it('initial, then Help', async () => {
    const { page, context } = await openApp(browser);
    await expectClean(page, 'initial');
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectClean(page, 'help dialog');
    await context.close();
  });

  it('an entity selected, then a relation', async () => {
    const { page, context } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    await expectClean(page, 'selection');
    await page
      .getByRole('button', { name: /^Show relation/ })
      .first()
      .click();
    await page.waitForURL(/r=/);
    await expectClean(page, 'relation');
    await screenshot(page, 'a11y-relation');
    await context.close();
  });

  it('the search list open', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('/');
    await page.keyboard.type('dialogue');
    await page.getByRole('option').first().waitFor();
    await expectClean(page, 'search list');
    await context.close();
  });

  it('filters changed', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: /^Topic\b/ }).click();
    await page.getByLabel('Hide unconnected entities').check();
    await page.getByText(/entities hidden/).waitFor();
    await expectClean(page, 'filters changed');
    await context.close();
  });

  it('the Export panel open', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('dialog', { name: 'Export' }).waitFor();
    await expectClean(page, 'export');
    await context.close();
  });

  it('the problems dialog of a broken file', async () => {
    const { page, context } = await openApp(browser);
    await page
      .getByLabel('Open dataset file')
      .setInputFiles('tests/fixtures/open/broken.parley.json');
    await page.getByRole('alertdialog').waitFor();
    await expectClean(page, 'problems dialog');
    await context.close();
  });

  it('phone: the sheet with a selection, and the Filters drawer', async () => {
    const { page, context } = await openApp(browser, {
      width: 375,
      height: 812,
      query: '?e=ha-kim-ngoc',
    });
    await expectClean(page, 'phone sheet');
    await openTopMenu(page);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.waitForTimeout(300);
    await expectClean(page, 'phone drawer');
    await context.close();
  });

  it('phone: the collapsed Details sheet opened on the summary, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openApp(browser, { width: 375, height: 812, colorScheme });
      const toggle = page.getByRole('button', { name: /^Show summary/ });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await toggle.click();
      const hide = page.getByRole('button', { name: /^Hide summary/ });
      await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
      // The summary is shown inside the viewport, not just present in the DOM.
      const summary = page.locator('#details-summary');
      await summary.waitFor({ state: 'visible' });
      await page.waitForTimeout(300); // the sheet's transition
      const box = await summary.boundingBox();
      expect(box, 'the summary has a box').not.toBeNull();
      expect(box!.y).toBeLessThan(812);
      expect(box!.height).toBeGreaterThan(40);
      await expectClean(page, `phone summary sheet (${colorScheme})`);
      await screenshot(page, `a11y-phone-summary-sheet-${colorScheme}`);
      await context.close();
    }
  });

  it('dark, initial and with a selection', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto(baseUrl() + '?e=bui-thanh-son');
    await waitSettled(page);
    await expectClean(page, 'dark selection');
    await screenshot(page, 'dark-selection');
    await context.close();
  });
  it('dark initial view with Start here, the List view tables, Link copied, quotes opened', async () => {
    const { page, context } = await openApp(browser, {
      colorScheme: 'dark',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByRole('region', { name: 'Start here' }).waitFor();
    await expectClean(page, 'dark initial, Start here');
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    await expectClean(page, 'Link copied');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('grid').first().waitFor();
    await expectClean(page, 'list: entities');
    await page.getByRole('tab', { name: /Relations/ }).click();
    await page.getByRole('grid').first().waitFor();
    await expectClean(page, 'list: relations');
    await context.close();
    const light = await openApp(browser, { query: '?e=psd-dialogue-12' });
    await light.page
      .getByRole('button', { name: /^\d+ quotes/ })
      .first()
      .click();
    await expectClean(light.page, 'quotes opened');
    await light.context.close();
    // The List view tables now hold every row (353 relations): axe takes ~30 s a run at load average 30.
  }, 240_000);
});
