/**
 * The Article view in real Chromium: "Show in article" from Details opens the
 * source's full text with every quote citing it marked, activating a mark
 * selects its relation, coverage is stated, the keyboard walks the marks, the
 * address reopens it at the quote, and axe finds nothing (light, dark, phone).
 * Expectations come from the bundled data through the same pure code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildArticle, quoteKey, relationWording } from '../../src/graph/article';
import { buildGraph } from '../../src/graph/build';
import type { ParleyGraph } from '../../src/graph/types';
import type { Dataset } from '../../src/model';
import { axeViolations } from './axe';
import { launch, openApp, screenshot } from './browser';

let browser: Browser;
let graph: ParleyGraph;
let dataset: Dataset;

const RELATION = 'ha-kim-ngoc.co_chaired.psd-dialogue-12';
const SOURCE = 's002-vietnamplus-12th-psd-dialogue';

beforeAll(async () => {
  browser = await launch();
  dataset = (await loadDatasetFromDir('graph-data')).dataset;
  graph = buildGraph(dataset).graph;
});
afterAll(async () => {
  await browser?.close();
});

const textOf = (source: string) => {
  const file = dataset.sources.find((s) => s.id === source)!.file;
  return readFileSync(path.join('graph-data/sources', file), 'utf8');
};
const quotesCiting = (source: string) =>
  graph.reduceEdges((n, _e, a) => n + a.evidence.filter((ev) => ev.source === source).length, 0);
const articleRegion = (page: Page) => page.getByRole('region', { name: 'Article' });
const highlights = (page: Page) => articleRegion(page).locator('mark[tabindex="0"]');

describe('the Article', () => {
  it('opens from Details at the quote, with every quote citing the source marked', async () => {
    const { page, context, errors } = await openApp(browser, { query: `?r=${RELATION}` });
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Show in article' }).first().click();
    const article = articleRegion(page);
    await article.waitFor();
    const title = dataset.sources.find((s) => s.id === SOURCE)!.title;
    await article.getByRole('heading', { name: title }).waitFor();
    await expect(highlights(page).count()).resolves.toBe(quotesCiting(SOURCE));
    // The quote it was opened at is current, focused, and says which relation it supports.
    const current = article.locator('mark[aria-current="true"]');
    await expect(current.getAttribute('data-key')).resolves.toBe(quoteKey(RELATION, 0));
    await expect(current.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const description = await current.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
    );
    expect(description).toBe(`Supports: ${relationWording(graph, RELATION)}`);
    expect(page.url()).toContain(`source=${SOURCE}`);
    expect(decodeURIComponent(page.url())).toContain(`q=${quoteKey(RELATION, 0)}`);
    // Coverage, as the pure code counts it.
    const built = buildArticle(graph, SOURCE, textOf(SOURCE));
    await article
      .getByText(
        `${built.coverage.citedCount} of ${built.coverage.sentences.length} sentences cited`,
      )
      .waitFor();
    await article.getByRole('checkbox', { name: 'Mark uncited sentences' }).check();
    await expect(article.locator('.show-uncited .uncited').count()).resolves.toBe(
      built.coverage.sentences.length - built.coverage.citedCount,
    );
    await screenshot(page, 'article-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('activating a highlight selects its relation; overlapping quotes are both reachable', async () => {
    const { page, context } = await openApp(browser, { query: `?source=${SOURCE}` });
    const article = articleRegion(page);
    await article.waitFor();
    const other = 'jessica-lewis.co_chaired.psd-dialogue-12';
    const mark = article.locator(`mark[data-key="${quoteKey(other, 0)}"][tabindex="0"]`);
    await mark.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: /co-chaired/ }).waitFor();
    expect(page.url()).toContain(`r=${other}`);
    // Ha Kim Ngoc's quote lies inside Jessica Lewis's: offered as "Also quoted here".
    await article
      .getByRole('button', { name: relationWording(graph, RELATION), exact: true })
      .click();
    await page.waitForFunction((r) => location.search.includes(`r=${r}`), RELATION);
    await context.close();
  });

  it('the keyboard walks the highlights and goes back to the relation', async () => {
    const { page, context } = await openApp(browser, {
      query: `?r=${RELATION}&source=${SOURCE}&q=${quoteKey(RELATION, 0)}`,
    });
    const article = articleRegion(page);
    const current = article.locator('mark[aria-current="true"]');
    await current.waitFor();
    await expect(current.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const keys = await highlights(page).evaluateAll((els) =>
      els.map((e) => (e as HTMLElement).dataset.key),
    );
    const at = keys.indexOf(quoteKey(RELATION, 0));
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
    await expect(focused()).resolves.toBe(keys[at + 1]);
    await page.keyboard.press('n');
    await expect(focused()).resolves.toBe(keys[at + 2]);
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe(keys[at]);
    await page.waitForFunction(
      (k) => new URLSearchParams(location.search).get('q') === k,
      keys[at]!,
    );
    await article.getByRole('button', { name: 'Back to relation' }).click();
    await articleRegion(page).waitFor({ state: 'detached' });
    const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading', {
      level: 2,
    });
    await expect(heading.first().evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    await context.close();
  });

  it('Escape closes it and gives focus back to the button that opened it', async () => {
    const { page, context } = await openApp(browser, { query: `?r=${RELATION}` });
    const button = page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Show in article' })
      .first();
    await button.click();
    await articleRegion(page).locator('mark[aria-current="true"]').waitFor();
    await page.keyboard.press('Escape');
    await articleRegion(page).waitFor({ state: 'detached' });
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await context.close();
  });

  it('the dataset summary opens each article', async () => {
    const { page, context } = await openApp(browser);
    const s = dataset.sources[0]!;
    await page.getByRole('button', { name: `Read the article: ${s.title}` }).click();
    await articleRegion(page).getByRole('heading', { name: s.title }).waitFor();
    await expect(highlights(page).count()).resolves.toBe(quotesCiting(s.id));
    await context.close();
  });

  it('an unknown source or quote in the address is said, not a blank screen', async () => {
    const { page, context } = await openApp(browser, {
      query: `?source=${SOURCE}&q=no-such-relation:1`,
    });
    await articleRegion(page).waitFor();
    await page.getByText(/Ignored a quote that this source does not hold/).waitFor();
    await context.close();
  });

  for (const [name, opts] of [
    ['light', {}],
    ['dark', { colorScheme: 'dark' as const }],
    ['phone', { width: 375, height: 812 }],
  ] as const) {
    it(`axe finds nothing (${name})`, async () => {
      const { page, context } = await openApp(browser, {
        ...opts,
        query: `?r=${RELATION}&source=${SOURCE}&q=${quoteKey(RELATION, 0)}`,
      });
      await articleRegion(page).locator('mark[aria-current="true"]').waitFor();
      await articleRegion(page).getByRole('checkbox', { name: 'Mark uncited sentences' }).check();
      await screenshot(page, `article-${name}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
