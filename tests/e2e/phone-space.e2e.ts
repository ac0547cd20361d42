/**
 * The graph's share of a phone (375×812) with an entity open in the bottom
 * sheet: one top-bar row (the rest behind Menu), the time bar folded to one
 * line until opened, no sideways scroll. Light and dark; axe with Menu open
 * and with the time bar opened.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openApp, screenshot } from './browser';

const PHONE = { width: 375, height: 812 };
/** The graph keeps at least this share of the height with the sheet open. */
const MIN_SHARE = 0.35;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu', exact: true });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

async function expectAxeClean(page: Page, state: string) {
  const v = await axeViolations(page);
  expect(v, `${state}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

async function noSidewaysScroll(page: Page) {
  const wide = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    culprits: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el) => `${el.tagName}.${el.className}`)
      .slice(0, 6),
  }));
  expect(wide.scroll, wide.culprits.join(' | ')).toBeLessThanOrEqual(wide.inner);
}

describe('phone space (375×812, an entity open)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the graph keeps ≥ 35 % of the height with the sheet open (${colorScheme})`, async () => {
      const { page, context, errors } = await openApp(browser, {
        ...PHONE,
        colorScheme,
        query: '?e=ha-kim-ngoc',
      });
      const details = page.getByRole('region', { name: 'Details' });
      await details.getByRole('heading', { level: 2, name: 'Ha Kim Ngoc' }).waitFor();
      await page.waitForTimeout(400); // the sheet's transition
      const sheet = (await page.locator('#details').boundingBox())!;
      expect(sheet.height, 'the sheet is open').toBeGreaterThan(250);
      const graph = (await page.getByTestId('graph').boundingBox())!;
      expect(graph.height / PHONE.height).toBeGreaterThanOrEqual(MIN_SHARE);
      // One top-bar row: the brand, the search field and Menu on one line.
      const bar = (await page.locator('header.topbar').boundingBox())!;
      expect(bar.height).toBeLessThanOrEqual(60);
      const search = (await page.getByRole('combobox', { name: 'Search' }).boundingBox())!;
      const menu = (await menuButton(page).boundingBox())!;
      expect(Math.abs(search.y + search.height / 2 - (menu.y + menu.height / 2))).toBeLessThan(4);
      for (const name of ['Filters', 'Open…', 'SPARQL…', 'Export', 'Help'])
        await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(
          false,
        );
      // The time bar is one line, its chart folded away.
      const timebar = (await page.getByRole('region', { name: 'Time' }).boundingBox())!;
      expect(timebar.height).toBeLessThanOrEqual(44);
      await expect(page.getByRole('slider', { name: 'Time range' }).isVisible()).resolves.toBe(
        false,
      );
      // Graph, time bar and sheet stack without overlap, inside the screen.
      expect(graph.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      expect(graph.y + graph.height).toBeLessThanOrEqual(timebar.y + 1);
      expect(timebar.y + timebar.height).toBeLessThanOrEqual(sheet.y + 1);
      await noSidewaysScroll(page);
      await screenshot(page, `phone-space-${colorScheme}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('Menu holds the top-bar buttons: open, axe clean, Escape back to Menu; popovers and Help return focus', async () => {
    const { page, context, errors } = await openApp(browser, { ...PHONE, query: '?e=ha-kim-ngoc' });
    const menu = menuButton(page);
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    for (const name of ['Filters', 'Open…', 'SPARQL…', 'Export', 'Help']) {
      const b = page.getByRole('button', { name, exact: true });
      await expect(b.isVisible(), name).resolves.toBe(true);
      const box = (await b.boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(PHONE.width);
      expect(box.height, name).toBeGreaterThanOrEqual(24);
    }
    // Tab walks into the panel: its first button follows Menu.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('Filters');
    await expectAxeClean(page, 'phone menu open');
    await screenshot(page, 'phone-menu');
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect.poll(() => focused(page)).toMatch(/^Menu/);

    // Export from the menu: its panel lies inside the screen; Escape → Export, Escape → Menu.
    await menu.click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exportPanel = page.getByRole('dialog', { name: 'Export' });
    await exportPanel.waitFor();
    const box = (await exportPanel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await expectAxeClean(page, 'phone export panel');
    await page.keyboard.press('Escape');
    await exportPanel.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Export');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatch(/^Menu/);

    // Help (a modal dialog) from the menu: closing it returns focus to Help.
    await menu.click();
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await help.getByRole('button', { name: 'Close help' }).click();
    await help.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page)).toBe('Help');
    // A tap on the graph closes the menu.
    const g = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.click(g.x + 20, g.y + g.height - 20);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('the time bar opens to its chart and folds back; axe clean opened (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openApp(browser, {
        ...PHONE,
        colorScheme,
        query: '?e=ha-kim-ngoc',
      });
      const toggle = page.getByRole('button', { name: 'Time chart' });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      const folded = (await page.getByTestId('graph').boundingBox())!.height;
      await toggle.click();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const slider = page.getByRole('slider', { name: 'Time range' });
      await slider.waitFor();
      // The chart works by keyboard once opened.
      await slider.focus();
      await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => new URL(page.url()).searchParams.get('to')).not.toBeNull();
      // Opened, the graph gives the chart room.
      await expect
        .poll(async () => (await page.getByTestId('graph').boundingBox())!.height)
        .toBeLessThan(folded);
      await noSidewaysScroll(page);
      await expectAxeClean(page, `phone time bar opened (${colorScheme})`);
      await screenshot(page, `phone-timebar-open-${colorScheme}`);
      await toggle.click();
      await slider.waitFor({ state: 'hidden' });
      await context.close();
    }
  }, 240_000);
});
