/**
 * The common export by keyboard: a PNG of the current view in one key press
 * (E, listed in Help) or two from the Export button (Enter opens the panel
 * on its default, Enter downloads). Key presses are counted; each download
 * is checked to be a real, non-empty PNG of the window's view.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
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

/** Presses keys one at a time and counts them. */
function counter(page: Page) {
  let n = 0;
  return {
    press: async (key: string) => {
      n++;
      await page.keyboard.press(key);
    },
    get count() {
      return n;
    },
  };
}

async function expectPng(download: Download) {
  expect(download.suggestedFilename()).toMatch(/^parley-.*\.png$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('export by keyboard', () => {
  it('E downloads a PNG of the current view: one key press from a focused page', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    // A focused page: nothing in particular has focus.
    await page.locator('body').focus();
    const keys = counter(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      keys.press('e'),
    ]);
    expect(keys.count).toBe(1);
    const size = await expectPng(download);
    // The window's view at 2×: the graph region's size, doubled.
    const box = (await page.getByTestId('graph').boundingBox())!;
    expect(Math.abs(size.width - box.width * 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(size.height - box.height * 2)).toBeLessThanOrEqual(2);
    // Announced politely, with the file's name.
    const status = page.getByTestId('quick-export-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('done');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    expect(await status.textContent()).toContain(download.suggestedFilename());
    // The selection is kept (E is no selection command).
    expect(new URL(page.url()).searchParams.get('e')).toBe('ha-kim-ngoc');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Export, Enter, Enter: the panel opens on its default, which downloads the PNG', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Export', exact: true }).focus();
    const keys = counter(page);
    await keys.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Export' });
    await panel.waitFor();
    const quick = panel.getByRole('button', { name: 'PNG of the current view' });
    await expect.poll(() => quick.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'export-quick');
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      keys.press('Enter'),
    ]);
    expect(keys.count).toBe(2);
    await expectPng(download);
    // Focus stays on the button; Escape closes the panel and returns to Export.
    await expect(quick.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Export');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Help lists the shortcut (the list is generated from the command registry)', async () => {
    const { page, context } = await openApp(browser);
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const row = dialog.getByRole('row', { name: /Download the current view as PNG/ });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.getByRole('cell').textContent()).resolves.toBe('E');
    await context.close();
  });
});
