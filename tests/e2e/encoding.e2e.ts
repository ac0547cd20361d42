import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { computeCommunities } from '../../src/graph/communities';
import { computeMetrics, ordinal } from '../../src/graph/metrics';
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

const encoding = (page: Page) => page.getByRole('region', { name: 'Encoding' });
const graphAttr = (page: Page, name: string) => page.getByTestId('graph').getAttribute(name);

describe('size by and colour by', () => {
  it('sizes by PageRank and colours by community, with a legend that says what they mean', async () => {
    const { page, context, errors } = await openApp(browser);
    await encoding(page).getByLabel('Size by').selectOption('pagerank');
    await expect.poll(() => graphAttr(page, 'data-encoding')).toBe('size');
    expect(new URL(page.url()).searchParams.get('size')).toBe('pagerank');
    await expect(encoding(page).textContent()).resolves.toContain(
      'Node size: how much an entity is linked to entities that are themselves well linked',
    );

    await encoding(page).getByLabel('Colour by').selectOption('community');
    await expect.poll(() => graphAttr(page, 'data-encoding')).toBe('size colour');
    const items = encoding(page).getByRole('list', { name: 'Communities' }).getByRole('listitem');
    const c = computeCommunities(graph);
    await expect(items.count()).resolves.toBe(Math.min(c.sizes.length, 10));
    await expect(items.first().textContent()).resolves.toContain(String(c.sizes[0]));
    await screenshot(page, 'encoding-community-pagerank');

    // Back to the defaults.
    await encoding(page).getByLabel('Size by').selectOption('degree');
    await encoding(page).getByLabel('Colour by').selectOption('type');
    await expect.poll(() => graphAttr(page, 'data-encoding')).toBe('');
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link restores the encoding', async () => {
    const { page, context } = await openApp(browser, {
      query: '?size=betweenness&colour=community',
    });
    await expect.poll(() => graphAttr(page, 'data-encoding')).toBe('size colour');
    await expect(encoding(page).getByLabel('Size by').inputValue()).resolves.toBe('betweenness');
    await context.close();
  });

  it('Details shows an entity’s figures in plain words', async () => {
    const id = 'jessica-lewis';
    const { page, context } = await openApp(browser, { query: `?e=${id}` });
    const section = page.getByRole('region', { name: 'Details' }).getByRole('region', {
      name: 'Importance',
    });
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    const m = computeMetrics(graph);
    const degree = graph.degree(id);
    expect(text).toContain(
      `${degree} relations: ${ordinal(m.ranks.degree.get(id)!)} of ${graph.order} by number of relations.`,
    );
    expect(text).toContain(`${ordinal(m.ranks.pagerank.get(id)!)} by PageRank`);
    expect(text).toMatch(/In community \d+ of \d+/);
    await context.close();
  });
});
