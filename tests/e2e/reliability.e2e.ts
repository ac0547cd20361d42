/**
 * Nothing lost, nothing stuck: an opened file is kept in the browser only
 * once it has drawn, so a failed import or a page closed mid-import leaves the
 * previously opened dataset, which a reload brings back.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openApp, waitSettled } from './browser';

const FIXTURES = 'tests/fixtures/open';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const counts = (page: Page) => page.getByTestId('load-counts').textContent();
const MINI = '9 entities, 6 relations, 2 sources';

async function openMini(page: Page) {
  await page.getByLabel('Open dataset file').setInputFiles(path.join(FIXTURES, 'mini.parley.json'));
  await expect.poll(() => counts(page), { timeout: 20_000 }).toContain(MINI);
  await waitSettled(page);
  // Stored once drawn.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('parley:open-stored').length), {
      timeout: 10_000,
    })
    .toBe(1);
}

/** A bundle big enough that laying it out takes a while (progressive drawing, force layout in the worker). */
function bigBundle(n: number): string {
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `t${i}`,
    type: 'topic',
    label: `Topic ${i}`,
    aliases: [],
    description: `Topic number ${i}.`,
  }));
  const relations = entities.slice(1).map((e, i) => ({
    id: `t${i}.concerns.${e.id}`,
    type: 'concerns',
    source: `t${i}`,
    target: e.id,
    evidence: [{ source: 's1', quote: 'a quote' }],
  }));
  return JSON.stringify({
    sources: [{ id: 's1', title: 'S', language: 'en', file: 's.txt' }],
    entities,
    relations,
  });
}

describe('the opened dataset survives', () => {
  it('a failed import, then a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    await openMini(page);
    await page
      .getByLabel('Open dataset file')
      .setInputFiles(path.join(FIXTURES, 'broken.parley.json'));
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.reload();
    await expect.poll(() => counts(page), { timeout: 20_000 }).toContain(MINI);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the page being closed mid-import, after the file was read but before it drew', async () => {
    const { page, context } = await openApp(browser);
    await openMini(page);
    const n = 3000;
    await page.getByLabel('Open dataset file').setInputFiles({
      name: 'big.parley.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bigBundle(n)),
    });
    // The new dataset has replaced the old one on screen and is still being laid out.
    await expect.poll(() => counts(page), { timeout: 30_000 }).toContain(`${n} entities`);
    expect(await page.getByTestId('graph').getAttribute('aria-busy')).toBe('true');
    await page.close(); // killed mid-import
    const again = await context.newPage();
    await again.goto(baseUrl());
    await waitSettled(again);
    await expect.poll(() => counts(again), { timeout: 20_000 }).toContain(MINI);
    await context.close();
  });
});
