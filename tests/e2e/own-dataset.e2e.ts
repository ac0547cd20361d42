import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { baseUrl, launch, screenshot, waitSettled } from './browser';

/**
 * README, "Make your own dataset", end to end: `npm run new-dataset`, one
 * source text, two entities (one of a type the vocabulary adds), a relation
 * of a new type with its quote, `npm run validate -- --data`, then
 * `npm run dev -- --data` on a free port — the relation on screen with its
 * quote. The same folder then opens in the built app through Open… →
 * Choose dataset folder.
 */

const run = promisify(execFile);
const README = readFileSync('README.md', 'utf8');
let browser: Browser;
let outside: string;
let dir: string;
let dev: ChildProcess | undefined;

const readJson = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const writeJson = (file: string, value: unknown) =>
  writeFileSync(path.join(dir, file), `${JSON.stringify(value, null, 2)}\n`);

/** The code block of the README's walkthrough that follows `marker` (an HTML comment there). */
function readmeBlock(marker: string): string {
  const at = README.indexOf(`<!-- walkthrough: ${marker} -->`);
  const block = /```\w*\n([\s\S]*?)```/.exec(README.slice(at));
  if (at < 0 || !block?.[1]) throw new Error(`README has no block after "${marker}"`);
  return block[1];
}
const readmeJson = (marker: string) => JSON.parse(readmeBlock(marker)) as Record<string, unknown>;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls until the server answers (the machine may be slow: no fixed wait). */
async function answering(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} never answered`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  browser = await launch();
  // Nothing beside the dataset: a folder of its own, outside the repository.
  outside = mkdtempSync(path.join(tmpdir(), 'parley-own-'));
  dir = path.join(outside, 'my-story');
}, 120_000);

afterAll(async () => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  await browser?.close();
  if (outside) rmSync(outside, { recursive: true, force: true });
});

describe('Make your own dataset (README walkthrough)', () => {
  it('new-dataset writes a folder that validates as it is', async () => {
    const made = await run('npm', [
      'run',
      '--silent',
      'new-dataset',
      '--',
      dir,
      '--title',
      'Who funded the Harbour Institute',
    ]);
    expect(made.stdout).toContain('Created');
    expect(readJson('sources.json').title).toBe('Who funded the Harbour Institute');
    expect(readJson('vocabulary.json').relationTypes.length).toBeGreaterThan(30);
    const empty = await run('npm', ['run', '--silent', 'validate', '--', '--data', dir]);
    expect(empty.stdout).toMatch(/^OK: .*0 entities, 0 relations/m);
  }, 180_000);

  it('a source, two entities and a relation of a new type validate, the quote checked', async () => {
    writeFileSync(path.join(dir, 'sources', 'article.txt'), readmeBlock('source text'));
    const sources = readJson('sources.json');
    sources.sources.push(readmeJson('source'));
    writeJson('sources.json', sources);
    const vocabulary = readJson('vocabulary.json');
    vocabulary.entityTypes.push(readmeJson('entity type'));
    vocabulary.relationTypes.push(readmeJson('relation type'));
    writeJson('vocabulary.json', vocabulary);
    writeJson('entities/entities.json', {
      $schema: '../schema/parley.schema.json',
      ...readmeJson('entities'),
    });
    writeJson('relations/relations.json', {
      $schema: '../schema/parley.schema.json',
      ...readmeJson('relations'),
    });
    const checked = await run('npm', ['run', '--silent', 'validate', '--', '--data', dir]);
    expect(checked.stdout).toMatch(
      /^OK: .*2 entities, 1 relations, 1 of 1 quotes checked against 1 source texts; 0 errors/m,
    );
    // The schema follows the vocabulary (editors then know "funded" and "company").
    await run('npm', ['run', '--silent', 'schema', '--', '--data', dir]);
    expect(readFileSync(path.join(dir, 'schema', 'parley.schema.json'), 'utf8')).toContain(
      '"funded"',
    );
  }, 180_000);

  it('npm run dev -- --data serves it: the relation is on screen with its quote', async () => {
    const port = await freePort();
    dev = spawn(
      'npm',
      ['run', 'dev', '--', '--data', dir, '--port', String(port), '--strictPort'],
      {
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, BROWSER: 'none' },
      },
    );
    const url = `http://127.0.0.1:${port}/`;
    await answering(url, Date.now() + 240_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${url}?r=acme.funded.harbour-institute`);
    await waitSettled(page, 240_000);
    await expectRelationShown(page);
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'own-dataset-dev');
    await page.close();
  }, 420_000);

  it('Open… → Choose dataset folder opens the same folder in the built app', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl());
    await waitSettled(page, 60_000);
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(
      page.getByRole('button', { name: 'Choose dataset folder…' }).isVisible(),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.getByLabel('Open dataset folder').setInputFiles(dir);
    await expect
      .poll(() => page.getByTestId('load-counts').textContent(), { timeout: 60_000 })
      .toBe('2 entities, 1 relations, 1 sources');
    await waitSettled(page, 60_000);
    await page.getByRole('combobox', { name: 'Search' }).fill('Acme');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expectRelationShown(page);
    // The folder's own text is there for the Article view: the quote sits marked in it.
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: /Show in article/ })
      .first()
      .click();
    const article = page.getByRole('region', { name: 'Article' });
    await article.locator('mark').first().waitFor({ timeout: 30_000 });
    await expect(article.locator('mark').first().textContent()).resolves.toContain(
      'Acme Corp funded the Harbour Institute',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'own-dataset-folder');
    await page.close();
  }, 180_000);
});

async function expectRelationShown(page: Page) {
  const details = page.getByRole('region', { name: 'Details' });
  await expect
    .poll(() => details.textContent(), { timeout: 60_000 })
    .toContain('Acme Corp funded the Harbour Institute');
  // The vocabulary's wording: "→ funded →" on the relation, "→ funded" on Acme.
  await expect(details.textContent()).resolves.toMatch(/→ funded/);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend.getByRole('button', { name: /Company/ }).count()).resolves.toBe(1);
}
