/**
 * The browser channels of the bad-input corpus, in real Chromium: every Open…
 * case and every address-bar case. Each must end the way it declares — a
 * located message with the previous graph intact, or the graph it states —
 * with nothing executed, no uncaught error and within a time bound.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_CASES, URL_CASES, contentOf, type OpenCase } from '../fixtures/bad/corpus';
import { baseUrl, launch, openApp, screenshot, waitSettled } from './browser';

/** Longest a case may take from picking the file to the dialog or the drawn graph. */
const BOUND_MS = 15_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Watch {
  errors: string[];
  dialogs: string[];
}

/** Uncaught errors, console errors and alert()/confirm() calls, from now on. */
function watch(page: Page, errors: string[]): Watch {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { errors, dialogs };
}

async function nothingExecuted(page: Page, w: Watch, label: string) {
  const pwned = await page.evaluate(
    () => (window as unknown as { __pwned?: unknown }).__pwned ?? null,
  );
  expect(pwned, `${label}: a payload ran`).toBeNull();
  expect(w.dialogs, `${label}: a dialog opened`).toEqual([]);
  const injected = await page.evaluate(
    () => document.querySelectorAll('img[src="x"], script:not([src])').length,
  );
  expect(injected, `${label}: markup from the data reached the DOM`).toBe(0);
  expect(w.errors, `${label}: errors`).toEqual([]);
}

const counts = (page: Page) => page.getByTestId('load-counts').textContent();
const drawn = (page: Page) =>
  page.getByTestId('graph').evaluate((el) => el.getAttribute('data-visible-nodes'));

async function pick(page: Page, c: OpenCase) {
  const content = contentOf(c.content);
  await page.getByLabel('Open dataset file').setInputFiles({
    name: c.file,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(content),
  });
}

async function expectRefused(page: Page, c: OpenCase & { expect: { outcome: 'refused' } }) {
  const before = { counts: await counts(page), drawn: await drawn(page), url: page.url() };
  const started = Date.now();
  await pick(page, c);
  const dialog = page.getByRole('alertdialog', { name: `Could not open “${c.file}”` });
  await dialog.waitFor({ timeout: BOUND_MS });
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  const text = (await dialog.textContent()) ?? '';
  expect(text).toMatch(c.expect.message);
  expect(text).toContain('the current graph is unchanged');
  const where = (await dialog.locator('.problems li code').first().textContent()) ?? '';
  expect(where.startsWith(c.file), where).toBe(true);
  if (c.expect.located === 'line') expect(where).toMatch(/:\d+:\d+/);
  if (c.expect.located === 'path') expect(where).toMatch(/:\d+:\d+|\s[$/]/);
  // Escape closes the dialog; the graph is exactly as it was.
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await counts(page)).toBe(before.counts);
  expect(await drawn(page)).toBe(before.drawn);
  expect(page.url()).toBe(before.url);
}

async function expectOpens(page: Page, c: OpenCase & { expect: { outcome: 'opens' } }) {
  const started = Date.now();
  await pick(page, c);
  const want = `${c.expect.entities} entities, ${c.expect.relations} relations`;
  await expect.poll(() => counts(page), { timeout: BOUND_MS, interval: 100 }).toContain(want);
  await waitSettled(page, BOUND_MS);
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  expect(await drawn(page)).toBe(String(c.expect.entities));
  const edges = await page
    .getByTestId('graph')
    .evaluate((el) => Number(el.getAttribute('data-canvas-edges')));
  expect(edges, 'every relation is on the canvas').toBe(c.expect.relations);
  if (c.expect.report) {
    const report = page.locator('.summary details');
    await report.locator('summary').click();
    expect((await report.textContent()) ?? '').toMatch(c.expect.report);
  }
}

/** A deep link to each id selects it (the opened dataset comes back from IndexedDB). */
async function expectDeepLinks(page: Page, ids: readonly string[], w: Watch) {
  for (const id of ids) {
    await page.goto(`${baseUrl()}?e=${encodeURIComponent(id)}`);
    await waitSettled(page, BOUND_MS);
    await expect
      .poll(() => page.getByTestId('graph').getAttribute('data-selected'), { timeout: BOUND_MS })
      .toBe(id);
    await nothingExecuted(page, w, `deep link ${id}`);
  }
}

describe('bad input through Open… (Chromium)', () => {
  let context: BrowserContext;
  let page: Page;
  let w: Watch;
  beforeAll(async () => {
    const app = await openApp(browser);
    context = app.context;
    page = app.page;
    w = watch(page, app.errors);
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const c of OPEN_CASES) {
    it(`${c.name} (${c.file}): ${c.expect.outcome}`, async () => {
      // Each case starts from the graph on screen (bundled, or the last file opened).
      if (c.expect.outcome === 'refused')
        await expectRefused(page, c as OpenCase & { expect: { outcome: 'refused' } });
      else {
        await expectOpens(page, c as OpenCase & { expect: { outcome: 'opens' } });
        if (c.file === 'hostile.parley.json') await screenshot(page, 'bad-input-hostile');
        await expectDeepLinks(page, c.expect.select ?? [], w);
      }
      await nothingExecuted(page, w, c.name);
    });
  }
});

describe('bad input through the address bar (Chromium)', () => {
  let context: BrowserContext;
  let page: Page;
  let w: Watch;
  beforeAll(async () => {
    const app = await openApp(browser);
    context = app.context;
    page = app.page;
    w = watch(page, app.errors);
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const c of URL_CASES) {
    it(c.name, async () => {
      const started = Date.now();
      if (c.via === 'history') {
        // Too long for a request line (servers answer 414/431): reached in-app, by Back/Forward.
        await page.goto(baseUrl());
        await waitSettled(page, BOUND_MS);
        await page.evaluate((q) => {
          history.pushState(null, '', q);
          dispatchEvent(new PopStateEvent('popstate'));
        }, c.query);
      } else await page.goto(baseUrl() + c.query);
      await waitSettled(page, BOUND_MS);
      expect(Date.now() - started).toBeLessThan(BOUND_MS);
      await expect.poll(() => drawn(page)).not.toBeNull();
      if (c.expect.notice) {
        const notice = page.locator('.notice');
        await notice.waitFor({ timeout: BOUND_MS });
        expect((await notice.textContent()) ?? '').toMatch(c.expect.notice);
      }
      if (c.expect.selected)
        await expect
          .poll(() => page.getByTestId('graph').getAttribute('data-selected'))
          .toBe(c.expect.selected);
      await nothingExecuted(page, w, c.name);
    });
  }
});
