/**
 * The statements in the Details panel, in real Chromium: a country's stances
 * grouped by meeting in date order with speaker and title, a person's
 * statements, a meeting's "who said what", and a quote shown in its sentence.
 * Expectations are computed from the bundled data with the same queries.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { groupByMeeting, statementsOf } from '../../src/graph/statements';
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

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const label = (id: string) => graph.getNodeAttribute(id, 'label');

describe('statements in the Details panel', () => {
  it("a country lists its stances by meeting, in date order, with the speaker's title", async () => {
    const { page, context, errors } = await openApp(browser, { query: '?e=united-states' });
    const all = statementsOf(graph, { side: 'united-states' });
    const stances = details(page).getByRole('region', { name: `Stances (${all.length})` });
    await stances.waitFor();
    const meetings = groupByMeeting(all).map((g) => label(g.meeting));
    const groups = stances.getByRole('region');
    await expect(
      groups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    ).resolves.toEqual(meetings);
    // Jenkins's commitments at the post-upgrade round carry her title there.
    const round = stances.getByRole('region', { name: label('psd-dialogue-post-csp') });
    await expect(round.getByText('(Under Secretary of State)').first().isVisible()).resolves.toBe(
      true,
    );
    await expect(
      round.getByRole('link', { name: 'Bonnie Jenkins' }).first().isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'statements-country');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a person lists what they said; a quote opens from the line', async () => {
    const { page, context } = await openApp(browser, { query: '?e=bonnie-jenkins' });
    const said = statementsOf(graph, { speaker: 'bonnie-jenkins' });
    const section = details(page).getByRole('region', { name: `Statements (${said.length})` });
    await section.waitFor();
    await expect(section.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(
      said.length,
    );
    const first = section.locator('.statement').first();
    await first.locator('.statement-evidence > summary').click();
    await expect(first.locator('blockquote').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'statements-person');
    await context.close();
  });

  it('a meeting lists who said what: both sides jointly, then each speaker with title and side', async () => {
    const { page, context } = await openApp(browser, { query: '?e=psd-dialogue-12' });
    const at = statementsOf(graph, { meeting: 'psd-dialogue-12' });
    const section = details(page).getByRole('region', { name: `Who said what (${at.length})` });
    await section.waitFor();
    const names = await section
      .getByRole('region')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names[0]).toBe('Both sides, jointly');
    expect(names).toContain('Jessica Lewis');
    await expect(
      section
        .getByRole('region', { name: 'Jessica Lewis' })
        .getByText('(Assistant Secretary of State for Political-Military Affairs)')
        .isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });

  it('shows each quote in its sentence, the quoted part marked; a long sentence behind a disclosure', async () => {
    const { page, context } = await openApp(browser, { query: '?e=andrea-thompson' });
    const marked = details(page).locator('.relation-group blockquote.in-context').first();
    await marked.waitFor();
    const [whole, quote] = await Promise.all([
      marked.textContent(),
      marked.locator('mark').textContent(),
    ]);
    expect(whole!.length).toBeGreaterThan(quote!.length);
    expect(whole).toContain(quote);
    // Thompson's thanks: the sentence (322 characters) also affirms the importance of Vietnam's role.
    const disclosure = details(page).locator('.relation-group details.quote-context').first();
    await disclosure.getByText('Full sentence').click();
    await expect(disclosure.locator('p.in-context mark').isVisible()).resolves.toBe(true);
    await screenshot(page, 'quote-in-context');
    await context.close();
  });

  it('is usable at phone width', async () => {
    const { page, context } = await openApp(browser, {
      query: '?e=vietnam',
      width: 375,
      height: 812,
    });
    await details(page)
      .getByRole('region', { name: /^Stances/ })
      .waitFor();
    await screenshot(page, 'statements-phone');
    await context.close();
  });
});
