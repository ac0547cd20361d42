import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { compareMeetings } from '../../src/graph/compare';
import { statementsOf } from '../../src/graph/statements';
import { timeHistogram } from '../../src/graph/timeBuckets';
import { statementsInWindow, timeWindow } from '../../src/graph/timeWindow';
import type { ParleyGraph } from '../../src/graph/types';
import { axeViolations } from './axe';
import { launch, openApp, screenshot } from './browser';

/** The Details panel, the Thread and the Comparison follow the time bar (issue 12). */

let browser: Browser;
let graph: ParleyGraph;
/** Where the time bar starts ("January 2013"), and its first month. */
let start: string;
let startMonth: string;

beforeAll(async () => {
  browser = await launch();
  const { dataset } = await loadDatasetFromDir('graph-data');
  graph = buildGraph(dataset).graph;
  startMonth = timeHistogram(graph).domain![0];
  const [y, m] = startMonth.split('-').map(Number) as [number, number];
  start = `${new Date(Date.UTC(y, m - 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${y}`;
});
afterAll(async () => {
  await browser?.close();
});

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const slider = (page: Page, name = 'Time range') => page.getByRole('slider', { name });

/** Shortens the range by a year from its end (December 2024 → December 2023) with the keys. */
async function endOneYearEarlier(page: Page) {
  await slider(page).focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2023-12');
}

describe('panels follow the time range', () => {
  it('narrowing the range leaves statements and relations out of Details, with a count', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?e=vietnam' });
    const stances = details(page).getByRole('heading', { name: /^Stances/ });
    const all = statementsOf(graph, { side: 'vietnam' });
    await expect.poll(() => stances.textContent()).toBe(`Stances (${all.length})`);
    await expect(
      details(page)
        .getByText(/left out\.$/)
        .count(),
    ).resolves.toBe(0);
    const fm = details(page).getByRole('region', { name: /Foreign Ministers' Dialogue/ });
    await expect(fm.count()).resolves.toBeGreaterThan(0);

    await endOneYearEarlier(page);
    const kept = statementsInWindow(all, timeWindow([startMonth, '2023-12']));
    expect(kept.left).toBeGreaterThan(0);
    await expect
      .poll(() => stances.textContent())
      .toBe(`Stances (${kept.kept.length} of ${all.length})`);
    await expect(
      details(page)
        .getByText(
          `${kept.left} statements outside the time range (${start} – December 2023) left out.`,
        )
        .isVisible(),
    ).resolves.toBe(true);
    await expect(fm.count()).resolves.toBe(0);
    await expect(
      details(page)
        .getByRole('heading', { name: /^Relations \(\d+ of \d+\)$/ })
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'details-range');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrowing the range changes what the Comparison lists', async () => {
    const full = compareMeetings(graph, 'psd-dialogue-12', 'fm-dialogue-1');
    const { page, context, errors } = await openApp(browser, {
      query: '?compare=psd-dialogue-12,fm-dialogue-1',
    });
    const region = page.getByRole('region', { name: 'Comparison' });
    await region.getByRole('table').waitFor();
    const onlySecond = region.getByRole('region', { name: 'Topics: only in second' });
    await expect(onlySecond.getByRole('listitem').count()).resolves.toBe(
      full.entities.topic.onlySecond.length,
    );
    expect(full.entities.topic.onlySecond.length).toBeGreaterThan(0);

    await endOneYearEarlier(page);
    const note = region.getByRole('note', { name: 'Outside the time range' });
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(
      new RegExp(
        `^1st Foreign Ministers' Dialogue \\(2024\\): \\d+ relations outside the time range \\(${start} – December 2023\\) left out\\.$`,
      ),
    );
    await expect.poll(() => onlySecond.getByRole('listitem').count()).toBe(0);
    await expect(region.getByRole('table').count()).resolves.toBe(0);
    const option = region.getByLabel('Second', { exact: true }).locator('option:checked');
    await expect(option.textContent()).resolves.toMatch(/outside the time range$/);
    await screenshot(page, 'compare-range');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('as of', () => {
  it('Details shows the title a person held at the date, and leaves later statements out', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?e=bui-thanh-son' });
    await page.getByRole('checkbox', { name: 'As of' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2024-12');
    const subtitle = details(page).locator('.details-subtitle');
    await expect
      .poll(() => subtitle.textContent())
      .toBe('Foreign Minister — title as of December 2024');
    await slider(page, 'As of date').focus();
    await page.keyboard.press('PageDown');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2023-06');
    await expect
      .poll(() => subtitle.textContent())
      .toBe('Deputy Foreign Minister — title as of June 2023');
    // His statements at the 2024 dialogue are after June 2023: left out, and counted.
    await expect(
      details(page)
        .getByText(/statements? after June 2023 \(as of\) left out\./)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      details(page).getByText('— as Deputy Foreign Minister').first().isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'details-as-of');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await axeViolations(page), theme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the verb scale in a thread', () => {
  it('each Thread row shows its stage in words, and the thread says how it moved', async () => {
    const { page, context, errors } = await openApp(browser, {
      query: '?e=dioxin-remediation-bien-hoa&thread=dioxin-remediation-bien-hoa',
    });
    const thread = page.getByRole('region', { name: 'Thread' });
    await thread.getByRole('listitem').first().waitFor();
    const rows = thread.locator('.thread-entry');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toContain('Stage 2 of 5: agreed');
    await expect(rows.nth(1).textContent()).resolves.toContain('Stage 1 of 5: raised / discussed');
    await expect(thread.getByText('How it moved:').locator('..').textContent()).resolves.toBe(
      'How it moved: agreed 2019 → raised / discussed 2024',
    );
    await screenshot(page, 'thread-stages');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await axeViolations(page), theme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
