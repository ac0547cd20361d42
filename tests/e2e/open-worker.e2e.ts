/**
 * Big files are read and checked off the main thread: a Web Worker runs the
 * same import, reports each step, and Cancel stops it with the graph as it
 * was. Small files still open in the page (a worker costs more than it saves).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleText, generateBundle } from '../../bench/synthetic';
import { edgeListCsv } from '../../bench/foreignFiles';
import { WORKER_ABOVE_BYTES } from '../../src/data/importers/limits';
import { axeViolations } from './axe';
import { launch, openApp, screenshot, waitSettled } from './browser';

let browser: Browser;
let tmp: string;
let medium: string; // over the worker threshold, quick to draw
let huge: string; // slow enough to read that Cancel can be pressed
let broken: string; // over the threshold, with one dangling endpoint
let csv: string; // a CSV edge list over the threshold: a foreign file with its own vocabulary
const MEDIUM_ENTITIES = 2000;

beforeAll(async () => {
  browser = await launch();
  tmp = mkdtempSync(path.join(tmpdir(), 'parley-open-worker-'));
  const write = (name: string, text: string) => {
    const file = path.join(tmp, name);
    writeFileSync(file, text);
    return file;
  };
  const mediumText = bundleText(generateBundle({ entities: MEDIUM_ENTITIES }));
  expect(mediumText.length).toBeGreaterThan(WORKER_ABOVE_BYTES);
  medium = write('medium.parley.json', mediumText);
  huge = write('huge.parley.json', bundleText(generateBundle({ entities: 20_000 })));
  const bad = JSON.parse(mediumText) as { relations: { target: string }[] };
  bad.relations[7]!.target = 'nobody-at-all';
  broken = write('broken.parley.json', JSON.stringify(bad));
  const csvText = edgeListCsv({ nodes: 2000, edges: 20_000, prefix: 'a-rather-long-entity-name-' });
  expect(csvText.length).toBeGreaterThan(WORKER_ABOVE_BYTES);
  csv = write('big-edges.csv', csvText);
});
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const fileInput = (page: Page) => page.getByLabel('Open dataset file');
const counts = (page: Page) => page.getByTestId('load-counts').textContent();
const status = (page: Page) => page.locator('.opening-status');
/** `parley:validate-start` is marked where validation runs: in the worker, not on this page. */
const validatedHere = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('parley:validate-start').length);

/** Resolves with the worker's script address once the page starts an import worker. */
function importWorker(page: Page): Promise<string> {
  return new Promise((resolve) => {
    page.on('worker', (w) => {
      if (/import\.worker/.test(w.url())) resolve(w.url());
    });
  });
}

describe('Open… with a big file', () => {
  it('reads it in a worker, says what it is doing, then draws it', async () => {
    const { page, context, errors } = await openApp(browser);
    const bundled = await counts(page);
    const before = await validatedHere(page);
    const worker = importWorker(page);
    await fileInput(page).setInputFiles(medium);
    await expect(worker).resolves.toMatch(/import\.worker/);
    await expect
      .poll(() => counts(page), { timeout: 60_000 })
      .toContain(`${MEDIUM_ENTITIES} entities`);
    expect(await counts(page)).not.toBe(bundled);
    await waitSettled(page, 60_000);
    expect(await validatedHere(page)).toBe(before);
    await expect(page.locator('.notice').first().textContent()).resolves.toContain(
      'Opened “medium.parley.json”',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Cancel stops it: the graph is unchanged and focus returns to Open…', async () => {
    const { page, context, errors } = await openApp(browser);
    const bundled = await counts(page);
    const worker = importWorker(page);
    await fileInput(page).setInputFiles(huge);
    await worker;
    const cancel = status(page).getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => status(page).textContent(), { timeout: 20_000 })
      .toMatch(/Opening “huge\.parley\.json”…\s*(Reading|Checking)/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'open-worker-progress');
    await cancel.click();
    await expect
      .poll(() => status(page).textContent())
      .toBe('Stopped opening “huge.parley.json”. The graph is unchanged.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Open…');
    // The stopped import never lands: wait until the status has gone, then look again.
    await status(page).waitFor({ state: 'detached', timeout: 20_000 });
    expect(await counts(page)).toBe(bundled);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // And the next file opens normally.
    await fileInput(page).setInputFiles(medium);
    await expect
      .poll(() => counts(page), { timeout: 60_000 })
      .toContain(`${MEDIUM_ENTITIES} entities`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a broken big file gets the same located message as a small one, and the graph stays', async () => {
    const { page, context, errors } = await openApp(browser);
    const bundled = await counts(page);
    const before = await validatedHere(page);
    const worker = importWorker(page);
    await fileInput(page).setInputFiles(broken);
    await worker;
    const dialog = page.getByRole('alertdialog', { name: /Could not open/ });
    await dialog.waitFor({ timeout: 60_000 });
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('broken.parley.json');
    expect(text).toContain('nobody-at-all');
    expect(text).toMatch(/relations\[7\]|relations\/7|\$\.relations/);
    expect(await counts(page)).toBe(bundled);
    expect(await validatedHere(page)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a big CSV edge list read in the worker draws in its own words (its vocabulary survives the trip back)', async () => {
    const { page, context, errors } = await openApp(browser);
    let started = false;
    page.on('worker', (w) => {
      if (/import\.worker/.test(w.url())) started = true;
    });
    await fileInput(page).setInputFiles(csv);
    await expect
      .poll(() => counts(page), { timeout: 120_000 })
      .toContain('2000 entities, 20000 relations');
    expect(started).toBe(true);
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-visible-nodes'), {
        timeout: 120_000,
      })
      .toBe('2000');
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('a small file still opens in the page', async () => {
    const { page, context } = await openApp(browser);
    const before = await validatedHere(page); // the bundled dataset's own validation
    let started = false;
    page.on('worker', (w) => {
      if (/import\.worker/.test(w.url())) started = true;
    });
    await fileInput(page).setInputFiles('tests/fixtures/open/mini.parley.json');
    await expect.poll(() => counts(page), { timeout: 20_000 }).toContain('9 entities');
    expect(await validatedHere(page)).toBe(before + 1);
    expect(started).toBe(false);
    await context.close();
  });
});
