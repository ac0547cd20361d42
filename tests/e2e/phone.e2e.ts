import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot } from './browser';

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
