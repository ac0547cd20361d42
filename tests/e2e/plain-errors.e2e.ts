import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { drawnNodes, launch, openApp, screenshot } from './browser';

/**
 * Errors a user can meet, provoked for real in the built app: the export's
 * code does not arrive, a picked file cannot be read, the clipboard is
 * refused. Each says in plain words what happened and what to do, keeps the
 * browser's message behind "Technical details", leaves focus somewhere
 * useful, and keeps the graph as it was.
 */

let browser: Browser;
let tmp: string;
beforeAll(async () => {
  browser = await launch();
  tmp = mkdtempSync(path.join(tmpdir(), 'parley-plain-errors-'));
});
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const RAW = /TypeError|Failed to fetch|NotReadableError|NotAllowedError|DOMException/;

/** The graph is still the bundled one, drawn, with the selection kept. */
async function graphKept(page: Page, nodes: number, selected?: string) {
  await expect.poll(async () => (await drawnNodes(page)).length).toBe(nodes);
  if (selected) expect(new URL(page.url()).searchParams.get('e')).toBe(selected);
}

describe('plain-words errors', () => {
  it('an export whose code cannot be downloaded says so, with the details folded', async () => {
    const { page, context } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    const nodes = (await drawnNodes(page)).length;
    await page.route('**/assets/runExport-*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Export' }).click();
    const panel = page.getByRole('dialog', { name: 'Export' });
    const download = panel.getByRole('button', { name: 'Download' });
    await download.click();
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    const summary = alert.getByText('Technical details');
    // The plain words first: what happened, what to do; no raw error in sight.
    const visibleText = await alert.evaluate(
      (el) => (el.querySelector('p') as HTMLElement).innerText,
    );
    expect(visibleText).toMatch(
      /^The picture could not be made: part of Parley could not be downloaded\./,
    );
    expect(visibleText).toMatch(/Check your connection and try again/);
    expect(visibleText).not.toMatch(RAW);
    const details = alert.locator('details');
    await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
    await expect(alert.locator('code').isVisible()).resolves.toBe(false);
    // Focus stays on Download (aria-disabled while busy, never dropped to the page).
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Download',
    );
    await summary.click();
    await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
    await expect(alert.locator('code').textContent()).resolves.toMatch(
      /dynamically imported module|Importing a module script failed/,
    );
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    await screenshot(page, 'plain-error-export');
    await graphKept(page, nodes, 'ha-kim-ngoc');
    // Escape still closes the panel and returns focus to Export.
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Export');
    await context.close();
  });

  it('a picked file that can no longer be read: the problems dialog says what to do', async () => {
    const { page, context } = await openApp(browser, { query: '?e=bui-thanh-son' });
    const nodes = (await drawnNodes(page)).length;
    const file = path.join(tmp, 'vanishing.parley.json');
    copyFileSync('tests/fixtures/open/mini.parley.json', file);
    // Hold the reading code back until the file is gone from the disk: the
    // browser then cannot read the File it was handed (NotReadableError).
    let release!: () => void;
    const deleted = new Promise<void>((r) => (release = r));
    await page.route('**/assets/openFile-*.js', async (route) => {
      await deleted;
      await route.continue();
    });
    await page.getByLabel('Open dataset file').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: /Opening/ })
      .first()
      .waitFor();
    rmSync(file);
    release();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(
      'Could not open “vanishing.parley.json”',
    );
    const problem = dialog.locator('.problems li').first();
    const plain = await problem.evaluate((li) =>
      [...li.children]
        .filter((c) => c.tagName !== 'DETAILS')
        .map((c) => (c as HTMLElement).innerText)
        .join(' '),
    );
    expect(plain).toMatch(/The browser could not read the file/i);
    expect(plain).toMatch(/pick it again/);
    expect(plain).not.toMatch(RAW);
    // Focus is in the dialog, on Close.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Close');
    await problem.getByText('Technical details').click();
    await expect(problem.locator('details code').textContent()).resolves.toMatch(
      /NotReadableError|NotFoundError/,
    );
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    await screenshot(page, 'plain-error-unreadable-file');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await graphKept(page, nodes, 'bui-thanh-son');
    await context.close();
  });

  it('Copy link refused by the browser: a plain notice, the details folded', async () => {
    const { page, context } = await openApp(browser, { query: '?e=ha-kim-ngoc' });
    const nodes = (await drawnNodes(page)).length;
    // The clipboard is refused (the permission is denied for this page).
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: () =>
            Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        },
      });
    });
    const button = page.getByRole('button', { name: 'Copy link to this view' });
    await button.click();
    const alert = page.getByRole('alert').filter({ hasText: 'The link could not be copied.' });
    await alert.waitFor();
    const plain = await alert.evaluate((el) => (el.querySelector('p') as HTMLElement).innerText);
    expect(plain).toMatch(/Copy the address from the address bar instead/);
    expect(plain).not.toMatch(RAW);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' }).count()).resolves.toBe(
      0,
    );
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Copy link to this view');
    await alert.getByText('Technical details').click();
    await expect(alert.locator('code').textContent()).resolves.toContain(
      'NotAllowedError: Write permission denied.',
    );
    const v = await axeViolations(page);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    await screenshot(page, 'plain-error-copy-link');
    await graphKept(page, nodes, 'ha-kim-ngoc');
    await context.close();
  });
});
