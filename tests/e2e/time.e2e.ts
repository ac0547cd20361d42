import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { compareMeetings } from '../../src/graph/compare';
import { visibleElements } from '../../src/graph/filter';
import { laterThan, titleAsOf, type MonthRange } from '../../src/graph/months';
import { buildThread } from '../../src/graph/thread';
import { roundsOf, timeHistogram } from '../../src/graph/timeBuckets';
import type { ParleyGraph } from '../../src/graph/types';
import { launch, openApp, screenshot } from './browser';

let browser: Browser;
let graph: ParleyGraph;

beforeAll(async () => {
  browser = await launch();
  const { dataset } = await loadDatasetFromDir('graph-data');
  graph = buildGraph(dataset).graph;
});
afterAll(async () => {
  await browser?.close();
});

const slider = (page: Page) => page.getByRole('slider', { name: 'Time range' });
const graphAttr = (page: Page, name: string) =>
  page.getByTestId('graph').getAttribute(name).then(Number);
const periodInUrl = (page: Page): MonthRange | undefined => {
  const p = new URL(page.url()).searchParams;
  const from = p.get('from');
  const to = p.get('to');
  return from && to ? [from, to] : undefined;
};
const visibleCount = (period: MonthRange | undefined) =>
  visibleElements(graph, {
    hiddenTypes: new Set(),
    hiddenRelations: new Set(),
    hideIsolated: false,
    ...(period ? { period } : {}),
  }).nodes.size;

describe('time bar', () => {
  it('shows the histogram and the "date unknown" bucket; arrows move, Shift+arrows resize; the URL follows', async () => {
    const { page, context, errors } = await openApp(browser);
    await slider(page).waitFor();
    const h = timeHistogram(graph);
    const unknown = page.getByRole('group', { name: 'Date unknown' });
    await expect(unknown.textContent()).resolves.toContain(`${h.unknown.meetings} meeting`);
    await expect(unknown.textContent()).resolves.toContain(`${h.unknown.relations} relation`);
    await expect(
      page.getByRole('button', { name: 'Play through the rounds' }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'time-bar');

    await slider(page).focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => periodInUrl(page)).toEqual([h.domain![0], shiftBack(h.domain![1], 2)]);
    await page.keyboard.press('ArrowLeft');
    const moved: MonthRange = [shiftBack(h.domain![0], 0), shiftBack(h.domain![1], 2)];
    // At the start of time the range cannot move further left.
    await expect.poll(() => periodInUrl(page)).toEqual(moved);
    await page.keyboard.press('PageDown'); // no room either
    for (let i = 0; i < 12 * 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    const short = periodInUrl(page)!;
    expect(short[0]).toBe(h.domain![0]);
    await page.keyboard.press('PageUp');
    await expect.poll(() => periodInUrl(page)?.[0]).toBe(shiftBack(h.domain![0], -12));
    const now = periodInUrl(page)!;
    await expect.poll(() => graphAttr(page, 'data-visible-nodes')).toBe(visibleCount(now));
    expect(visibleCount(now)).toBeLessThan(graph.order);
    await expect(slider(page).getAttribute('aria-valuetext')).resolves.toMatch(/\d{4} – .+\d{4}/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a mouse drag on the bar picks a range of months, and the graph follows', async () => {
    const { page, context } = await openApp(browser);
    const box = (await slider(page).boundingBox())!;
    // Drag across the middle of the bar, below the meeting markers.
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => periodInUrl(page)).toBeDefined();
    const p = periodInUrl(page)!;
    expect(p[0] < p[1]).toBe(true);
    await expect.poll(() => graphAttr(page, 'data-visible-nodes')).toBe(visibleCount(p));
    await page.getByRole('button', { name: 'All time' }).click();
    await expect.poll(() => periodInUrl(page)).toBeUndefined();
    await expect.poll(() => graphAttr(page, 'data-visible-nodes')).toBe(graph.order);
    await context.close();
  });

  it('reads older whole-year links and plays through the rounds', async () => {
    const { page, context } = await openApp(browser, { query: '?from=2019&to=2020' });
    await expect
      .poll(() => slider(page).getAttribute('aria-valuetext'))
      .toBe('January 2019 – December 2020');
    await expect
      .poll(() => graphAttr(page, 'data-visible-nodes'))
      .toBe(visibleCount(['2019-01', '2020-12']));
    const rounds = roundsOf(graph);
    await page.getByRole('button', { name: 'Play through the rounds' }).click();
    await expect.poll(() => periodInUrl(page)?.[1]).toBe(rounds[0]!.month);
    await expect
      .poll(() => periodInUrl(page)?.[1] ?? 'all', { timeout: rounds.length * 2500 })
      .toBe(
        rounds.at(-1)!.month === timeHistogram(graph).domain![1] ? 'all' : rounds.at(-1)!.month,
      );
    await context.close();
  });

  it('"as of" fades later meetings and relations and shows the titles people held then', async () => {
    const asOf = '2023-06';
    const { page, context, errors } = await openApp(browser, { query: `?asof=${asOf}` });
    const later = laterThan(graph, asOf);
    await expect
      .poll(() => graphAttr(page, 'data-later'))
      .toBe(later.nodes.size + later.edges.size);
    const titled = graph.filterNodes(
      (n, a) => a.type === 'person' && titleAsOf(graph, n, asOf) !== undefined,
    );
    expect(titled.length).toBeGreaterThan(0);
    await expect.poll(() => graphAttr(page, 'data-titled')).toBe(titled.length);
    await expect(
      page.getByRole('slider', { name: 'As of date' }).getAttribute('aria-valuetext'),
    ).resolves.toBe('As of June 2023');
    // Nothing is hidden by "as of", only faded.
    expect(await graphAttr(page, 'data-visible-nodes')).toBe(graph.order);
    await screenshot(page, 'time-as-of');
    await page.getByRole('slider', { name: 'As of date' }).focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2024-06');
    await page.getByRole('checkbox', { name: 'As of' }).uncheck();
    await expect.poll(() => graphAttr(page, 'data-later')).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('thread', () => {
  it('Bien Hoa: "Show thread" lists the meetings in date order with quotes; the timeline joins them', async () => {
    const id = 'dioxin-remediation-bien-hoa';
    const t = buildThread(graph, id)!;
    const { page, context, errors } = await openApp(browser, { query: `?e=${id}` });
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Show thread' })
      .click();
    const region = page.getByRole('region', { name: 'Thread' });
    await region.waitFor();
    expect(new URL(page.url()).searchParams.get('thread')).toBe(id);
    const rounds = region.locator('.thread-round .thread-meeting a');
    const texts = (await rounds.allTextContents()).map((x) => x.replace(/^[^\p{L}\p{N}]+/u, ''));
    expect(texts).toEqual(t.meetings.map((m) => graph.getNodeAttribute(m, 'label')));
    expect(t.meetings[0]).toBe('psd-dialogue-10');
    expect(t.meetings.at(-1)).toBe('fm-dialogue-1');
    // Every entry shows each of its quotes.
    const quotes = t.entries.reduce(
      (n, e) => n + graph.getEdgeAttribute(e.relation, 'evidence').length,
      0,
    );
    expect(quotes).toBeGreaterThanOrEqual(t.entries.length);
    await expect(region.locator('blockquote').count()).resolves.toBe(quotes);
    await expect.poll(() => graphAttr(page, 'data-thread-links')).toBe(0);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('timeline');
    await expect.poll(() => graphAttr(page, 'data-thread-links')).toBe(t.meetings.length - 1);
    await screenshot(page, 'thread-bien-hoa-timeline');
    await page.keyboard.press('Escape');
    await expect.poll(() => region.count()).toBe(0);
    await expect.poll(() => graphAttr(page, 'data-thread-links')).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a country: what it committed to, round by round, following the time range', async () => {
    const t = buildThread(graph, 'united-states')!;
    const { page, context } = await openApp(browser, {
      query: '?e=united-states&thread=united-states',
    });
    const region = page.getByRole('region', { name: 'Thread' });
    await region.waitFor();
    await expect(region.locator('.thread-entry').count()).resolves.toBe(t.entries.length);
    await page.goto(page.url().replace('thread=', 'from=2023-01&to=2023-12&thread='));
    await region.waitFor();
    // Undated statements are never hidden by the range.
    const in2023 = t.entries.filter(
      (e) => !e.date?.value || e.date.value.startsWith('2023'),
    ).length;
    expect(in2023).toBeLessThan(t.entries.length);
    await expect.poll(() => region.locator('.thread-entry').count()).toBe(in2023);
    await context.close();
  });
});

describe('compare', () => {
  it('"Compare with…" the 12th: people and topics split, both quotes side by side, CSV and image', async () => {
    const c = compareMeetings(graph, 'psd-dialogue-10', 'psd-dialogue-12');
    const { page, context, errors } = await openApp(browser, { query: '?e=psd-dialogue-10' });
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Compare with…' })
      .click();
    const region = page.getByRole('region', { name: 'Comparison' });
    await region.waitFor();
    await region.getByLabel('Second', { exact: true }).selectOption('psd-dialogue-12');
    await expect(region.getByLabel('First', { exact: true }).inputValue()).resolves.toBe(
      'psd-dialogue-10',
    );
    expect(new URL(page.url()).searchParams.get('compare')).toBe('psd-dialogue-10,psd-dialogue-12');
    const onlyFirst = region.getByRole('region', { name: 'People: only in first' });
    const people = (await onlyFirst.getByRole('listitem').allTextContents()).map((x) =>
      x.replace(/^[^\p{L}\p{N}]+/u, ''),
    );
    expect(people).toEqual(
      c.entities.person.onlyFirst.map((id) => graph.getNodeAttribute(id, 'label')),
    );
    const both = region.getByRole('region', { name: 'Topics: in both' });
    await expect(both.getByRole('listitem').count()).resolves.toBe(c.entities.topic.both.length);
    const rows = region.getByRole('table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(c.pairs.length);
    await expect(rows.first().locator('blockquote').count()).resolves.toBeGreaterThanOrEqual(2);
    await screenshot(page, 'compare-10-12');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\n')[0]).toContain('first_quote');
    expect(text).toContain(graph.getNodeAttribute('bui-thanh-son', 'label'));
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Export image' }).click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.suggestedFilename()).toMatch(/compare-psd-dialogue-10-vs-psd-dialogue-12\.png$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone the time bar, a thread and a comparison fit', async () => {
    const { page, context, errors } = await openApp(browser, {
      width: 375,
      height: 812,
      query: '?e=dioxin-remediation-bien-hoa&thread=dioxin-remediation-bien-hoa',
    });
    await page.getByRole('region', { name: 'Thread' }).waitFor();
    // Folded to one line on a phone until opened.
    await page.getByRole('button', { name: 'Time chart' }).click();
    await slider(page).waitFor();
    await screenshot(page, 'phone-thread');
    await page.goto(page.url().split('?')[0] + '?compare=psd-dialogue-12,fm-dialogue-1');
    await page.getByRole('region', { name: 'Comparison' }).getByRole('table').waitFor();
    await screenshot(page, 'phone-compare');
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName}.${el.className}`)
        .slice(0, 6),
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow, wide.join(' | ')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  it('the time bar, the Thread and the Comparison regions pass axe (WCAG 2.2 AA rules)', async () => {
    const { page, context } = await openApp(browser, {
      query:
        '?e=dioxin-remediation&thread=dioxin-remediation&compare=psd-dialogue-10,psd-dialogue-12',
    });
    await page.getByRole('region', { name: 'Thread' }).waitFor();
    await page.getByRole('region', { name: 'Comparison' }).getByRole('table').waitFor();
    await slider(page).waitFor();
    // Evaluated through the DevTools protocol: the app's CSP forbids injected script tags.
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const { violations, passes } = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                c: unknown,
                o: unknown,
              ) => Promise<{
                passes: unknown[];
                violations: { id: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const r = await axe.run(
          { include: [['.timebar'], ['.thread-panel'], ['.compare-panel']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
        );
        return {
          passes: r.passes.length,
          violations: r.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        };
      });
      expect(passes).toBeGreaterThan(10); // the regions were really checked
      expect(violations, theme).toEqual([]);
    }
    await context.close();
  });
});

describe('dark theme', () => {
  it('the time bar, a thread and a comparison follow the dark theme', async () => {
    const { page, context, errors } = await openApp(browser, {
      query: '?e=united-states&thread=united-states&from=2019-01&to=2023-12',
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('region', { name: 'Thread' }).waitFor();
    const bg = await page
      .getByRole('region', { name: 'Thread' })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(light).not.toBe('rgb(29, 35, 43)');
    await screenshot(page, 'dark-thread-time-bar');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+C');
    const region = page.getByRole('region', { name: 'Comparison' });
    await region.waitFor();
    // Both rounds inside the range (2019–2023): a round outside it compares nothing.
    await region.getByLabel('First', { exact: true }).selectOption('psd-dialogue-10');
    await region.getByLabel('Second', { exact: true }).selectOption('psd-dialogue-12');
    await region.getByRole('table').first().waitFor();
    await screenshot(page, 'dark-compare');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** A month n months earlier (negative: later), for expected URLs. */
function shiftBack(m: string, n: number): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const total = y * 12 + (mo - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
