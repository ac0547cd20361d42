import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const focusedName = (page: import('playwright-core').Page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
  );

describe('phone graph toolbar: one row, the rest behind "More"', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`one row with a More menu button (${colorScheme})`, async () => {
      const { page, context } = await openApp(browser, {
        width: 375,
        height: 812,
        colorScheme,
        query: '?e=ha-kim-ngoc',
      });
      const bar = page.getByRole('toolbar', { name: 'Graph controls' });
      const box = (await bar.boundingBox())!;
      expect(box.height).toBeLessThan(48); // one row
      const more = bar.getByRole('button', { name: 'More' });
      await expect(more.getAttribute('aria-haspopup')).resolves.toBe('menu');
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
      for (const name of ['Zoom in', 'Zoom out', 'Fit graph to view', 'More']) {
        const b = (await bar.getByRole('button', { name, exact: true }).boundingBox())!;
        expect(b.height, name).toBeGreaterThanOrEqual(24);
        expect(b.width, name).toBeGreaterThanOrEqual(24);
      }
      await screenshot(page, `phone-toolbar-${colorScheme}`);
      // Arrow down opens it on the first item; arrows move; Escape closes and returns focus.
      await more.focus();
      await page.keyboard.press('ArrowDown');
      const menu = page.getByRole('menu', { name: 'More graph controls' });
      await menu.waitFor();
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(focusedName(page)).resolves.toMatch(/Force-directed/);
      for (const name of [
        'Undo',
        'Redo',
        'Unpin all',
        'Find connection',
        'Copy link to this view',
        'Clear selection (Escape)',
      ])
        await menu.getByRole('menuitem', { name, exact: true }).waitFor();
      await page.keyboard.press('End');
      await expect(focusedName(page)).resolves.toBe('Clear selection (Escape)');
      await page.keyboard.press('ArrowDown');
      await expect(focusedName(page)).resolves.toMatch(/Force-directed/);
      const v = await axeViolations(page);
      expect(v, JSON.stringify(v, null, 1)).toEqual([]);
      await screenshot(page, `phone-toolbar-more-${colorScheme}`);
      for (const item of await menu.locator('[role^="menuitem"]').all()) {
        expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      }
      await page.keyboard.press('Escape');
      await expect(menu.isVisible()).resolves.toBe(false);
      await expect(focusedName(page)).resolves.toBe('More');
      expect(new URL(page.url()).searchParams.get('e')).toBe('ha-kim-ngoc'); // Escape closed the menu only
      // A tap outside closes it; an item runs and closes it.
      await more.click();
      await menu.waitFor();
      // Below the open menu, on the graph (the menu's length depends on its items).
      const menuBox = (await menu.boundingBox())!;
      await page.mouse.click(200, Math.min(menuBox.y + menuBox.height + 40, 700));
      await expect(menu.isVisible()).resolves.toBe(false);
      await more.click();
      await menu.getByRole('menuitemradio', { name: 'Circle' }).click();
      await page.waitForURL(/layout=circle/);
      await expect(menu.isVisible()).resolves.toBe(false);
      await context.close();
    });
  }
});
