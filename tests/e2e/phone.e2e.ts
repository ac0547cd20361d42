import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE_MIN_NODE_PX } from '../../src/canvas/phoneView';
import { drawnNodes, launch, openApp, screenshot } from './browser';
import { openTopMenu } from './topbar';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const toggle = (page: Page) => page.getByRole('button', { name: 'Filters', exact: true });
const drawerShown = (page: Page) =>
  page.locator('#sidebar').evaluate((el) => getComputedStyle(el).visibility === 'visible');
async function open(page: Page) {
  await openTopMenu(page);
  await toggle(page).click();
  await page.waitForTimeout(300);
  expect(await drawerShown(page)).toBe(true);
  await expect(toggle(page).getAttribute('aria-expanded')).resolves.toBe('true');
}
async function expectClosed(page: Page) {
  await page.waitForTimeout(300);
  expect(await drawerShown(page)).toBe(false);
  await expect(toggle(page).getAttribute('aria-expanded')).resolves.toBe('false');
  // Focus goes back to the toggle, never to the page.
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Filters');
}

describe('phone (375×812)', () => {
  it('the Filters drawer closes by its button, a tap on the scrim and Escape', async () => {
    const { page, context } = await openApp(browser, { width: 375, height: 812 });
    await open(page);
    await screenshot(page, 'phone-drawer');
    await page.getByRole('button', { name: 'Close filters' }).click();
    await expectClosed(page);

    await open(page);
    await page.mouse.click(360, 400); // the scrim, right of the drawer
    await expectClosed(page);

    await open(page);
    await page.keyboard.press('Escape');
    await expectClosed(page);
    await context.close();
  });
});

const PHONE = { width: 375, height: 812 };
const graphBox = async (page: Page) => (await page.getByTestId('graph').boundingBox())!;

describe('phone (375×812): the first view, a tap, the sheet', () => {
  it('the first fit draws the ten most connected entities at least 27 px wide', async () => {
    const { page, context } = await openApp(browser, PHONE);
    const main = (await drawnNodes(page)).sort((a, b) => b.degree - a.degree).slice(0, 10);
    for (const n of main) expect(n.sizePx, n.id).toBeGreaterThanOrEqual(PHONE_MIN_NODE_PX - 0.5);
    // …and most of them are on screen, not zoomed past.
    const box = await graphBox(page);
    const onScreen = main.filter((n) => n.x > 0 && n.x < box.width && n.y > 0 && n.y < box.height);
    expect(onScreen.length).toBeGreaterThanOrEqual(6);
    await screenshot(page, 'phone-first-view');
    await context.close();
  });

  it('a tapped node low on the graph ends above the sheet that opens', async () => {
    const { page, context } = await openApp(browser, PHONE);
    const box = await graphBox(page);
    // The lowest node still well inside the region: the opening sheet would cover it.
    const target = (await drawnNodes(page))
      .filter(
        (n) => n.x > 30 && n.x < box.width - 30 && n.y > box.height * 0.6 && n.y < box.height - 30,
      )
      .sort((a, b) => b.y - a.y)[0]!;
    expect(target).toBeDefined();
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe(target.id);
    await expectAboveSheet(page, target.id);
    await screenshot(page, 'phone-tapped');
    await context.close();
  });

  it('a search pick ends above the sheet too', async () => {
    const { page, context } = await openApp(browser, PHONE);
    await page.getByRole('combobox', { name: 'Search' }).fill('Blinken');
    await page.getByRole('option').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe('antony-blinken');
    await expectAboveSheet(page, 'antony-blinken');
    await context.close();
  });

  it('the collapsed sheet is a button that opens the summary, and Escape closes it', async () => {
    const { page, context } = await openApp(browser, PHONE);
    const sheet = page.getByRole('button', { name: 'Show summary' });
    await expect(sheet.getAttribute('aria-expanded')).resolves.toBe('false');
    const start = page.getByRole('region', { name: 'Start here' });
    expect(await start.isVisible()).toBe(false);
    await sheet.click();
    const hide = page.getByRole('button', { name: 'Hide summary' });
    await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
    await start.waitFor({ state: 'visible' });
    await screenshot(page, 'phone-summary');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Show summary' }).waitFor();
    await start.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(
      'details-summary',
    );
    await context.close();
  });
});

/** Polls until the entity is drawn inside the graph region, above the Details sheet's top edge. */
async function expectAboveSheet(page: Page, id: string) {
  await expect
    .poll(
      async () => {
        const box = await graphBox(page);
        const sheetTop = (await page.getByRole('region', { name: 'Details' }).boundingBox())!.y;
        const n = (await drawnNodes(page)).find((d) => d.id === id);
        if (!n) return 'not drawn';
        const y = box.y + n.y;
        return y > box.y + 40 &&
          y < Math.min(sheetTop, box.y + box.height) - 10 &&
          n.x > 0 &&
          n.x < box.width
          ? 'above the sheet'
          : `at y=${Math.round(y)}, sheet at ${Math.round(sheetTop)}`;
      },
      { timeout: 10_000 },
    )
    .toBe('above the sheet');
}
