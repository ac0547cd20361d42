import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/datasets';
import { launch, openApp, screenshot, waitSettled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('large graphs', () => {
  it('draws a 2,100-entity graph progressively, in simplified form, and says so', async () => {
    const n = 2100;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'parley-large-')), 'large.parley.json');
    writeFileSync(file, syntheticDataset(n, 11, { keystrokes: 1, clicks: 1 }).text);
    const { page, context, errors } = await openApp(browser);
    await page.getByLabel('Open dataset file').setInputFiles(file);
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-visible-nodes'), {
        timeout: 120_000,
      })
      .toBe(String(n));
    await waitSettled(page, 120_000);
    await expect(page.getByRole('note').textContent()).resolves.toMatch(
      /Large graph \(2,100 entities\)/,
    );
    await page.getByRole('combobox', { name: 'Search' }).fill('a');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    const graph = page.getByTestId('graph');
    await expect.poll(() => graph.getAttribute('data-selected')).not.toBe('');
    // Level of detail: the canvas holds the selected entity's relations, and only those.
    const relations = await page
      .getByRole('region', { name: 'Details' })
      .getByText(/^Relations \(\d+\)$/)
      .textContent();
    const degree = Number(/\((\d+)\)/.exec(relations ?? '')?.[1]);
    expect(degree).toBeGreaterThan(0);
    await expect.poll(() => graph.getAttribute('data-canvas-edges')).toBe(String(degree));
    await page.getByRole('button', { name: /^Clear selection/ }).click();
    await expect.poll(() => graph.getAttribute('data-canvas-edges')).toBe('0');
    await screenshot(page, 'large-2100');
    expect(errors).toEqual([]);
    await context.close();
  });
});
