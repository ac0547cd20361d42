/**
 * Curating in real Chromium against the real write service, on a temporary
 * git repository holding a copy of graph-data/: a sentence selected in an
 * article becomes a relation to a new entity, Save writes it, the folder
 * validates and git diff shows only the added lines; a file changed on disk
 * stops Save and is named; a reload keeps the draft; keyboard and axe.
 * The built app is served through a small proxy that adds the run's token,
 * as npm run curate's dev server does.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, writeService } from '../../scripts/writeService';
import { validateCommand } from '../../scripts/validateCommand';
import { axeViolations } from './axe';
import { baseUrl, launch, screenshot } from './browser';
import { openTopMenu } from './topbar';

let browser: Browser;
let dir: string;
let server: Server;
let url: string;
const token = newToken();
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

const SOURCE = 's004-10th-psd-dialogue';
const PASSAGE = 'agreeing to hold the 11th dialogue in Hanoi in 2020';

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'parley-curate-e2e-'));
  cpSync('graph-data', dir, { recursive: true });
  git('init', '-q');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '-A');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'data');
  const api = writeService({ root: dir, token });
  const app = baseUrl().replace(/\/$/, '');
  server = createServer((req, res) => {
    void api(req, res, async () => {
      const r = await fetch(app + (req.url ?? '/'));
      const type = r.headers.get('content-type') ?? '';
      res.statusCode = r.status;
      for (const h of ['content-type', 'cache-control']) {
        const v = r.headers.get(h);
        if (v) res.setHeader(h, v);
      }
      if (type.includes('text/html')) {
        const html = (await r.text()).replace(
          '<head>',
          `<head><meta name="parley-curate" content="${token}">`,
        );
        res.end(html);
      } else res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openCurating(
  query = '',
  opts: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
) {
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url + query);
  await page
    .getByRole('group', { name: 'Curating' })
    .waitFor({ state: 'attached', timeout: 60_000 });
  return { page, errors };
}

/** Selects a passage of the open article's text, as a mouse drag would. */
async function selectPassage(page: Page, passage: string) {
  await page.locator('[data-article-source]').waitFor();
  const found = await page.evaluate((p) => {
    // The passage may cross the marks of other quotes: find it in the whole text, then map back.
    const host = document.querySelector('[data-article-source]')!;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const full = nodes.map((n) => n.data).join('');
    const at = full.indexOf(p);
    if (at < 0) return false;
    const point = (offset: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset <= seen + n.data.length) return [n, offset - seen];
        seen += n.data.length;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + p.length));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }, passage);
  expect(found).toBe(true);
}

async function addRelationFromSelection(page: Page, newTopic: string) {
  await page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: 'Add relation from selection' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'New relation' });
  expect(await dialog.locator('blockquote').textContent()).toBe(PASSAGE);
  await dialog.getByRole('combobox', { name: 'From' }).fill('10th Political');
  await dialog
    .getByRole('option', { name: /10th Political, Security and Defence Dialogue/ })
    .first()
    .click();
  await dialog.getByRole('combobox', { name: 'To' }).fill(newTopic);
  await dialog.getByRole('option', { name: `Create “${newTopic}”` }).click();
  await dialog.getByLabel('To type').selectOption('topic');
  await dialog.getByLabel('To description').fill('A test topic made in the curating browser test.');
  await dialog.getByLabel('Relation').selectOption({ label: 'discussed' });
  // A statement: the source's own meeting is offered first; both sides for a joint one.
  expect(await dialog.getByRole('combobox', { name: 'Meeting' }).inputValue()).toMatch(/10th/);
  await dialog.getByRole('combobox', { name: 'Side', exact: true }).fill('Vietnam');
  await dialog.getByRole('option', { name: /^Vietnam country/ }).click();
  await dialog
    .getByRole('combobox', { name: 'Other side (joint statement)' })
    .fill('United States');
  await dialog.getByRole('option', { name: /^United States country/ }).click();
  await dialog.getByRole('button', { name: 'Add' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('curating with the write service', () => {
  it('turns a selected sentence into a relation to a new entity, saved with a minimal diff', async () => {
    const { page, errors } = await openCurating(`?source=${SOURCE}`);
    const edit = page
      .getByRole('group', { name: 'Curating' })
      .getByRole('button', { name: 'Edit', exact: true });
    await expect.poll(() => edit.getAttribute('aria-pressed')).toBe('false');
    await edit.click();
    await expect.poll(() => edit.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('region', { name: 'Article' }).waitFor();
    await selectPassage(page, PASSAGE);
    await addRelationFromSelection(page, 'Eleventh round venue');
    // On the graph at once: Details shows the relation with its quote; Save counts it.
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.textContent(), { timeout: 20_000 }).toContain(PASSAGE);
    const save = page.getByRole('button', { name: 'Save 1 change' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'curate-added-light');
    await save.click();
    await page.getByRole('status').filter({ hasText: 'Saved 1 change to 2 files' }).waitFor();
    const numstat = git('diff', '--numstat').trim().split('\n').sort();
    expect(numstat).toEqual(
      ['15\t0\trelations/psd-dialogue-10.json', '7\t0\tentities/topic.json'].sort(),
    );
    const removed = git('diff', '-U0')
      .split('\n')
      .filter((l) => l.startsWith('-') && !l.startsWith('---'));
    expect(removed).toEqual([]);
    const v = await validateCommand(['--data', dir]);
    expect(v.stdout).toMatch(/^OK: /m);
    expect(v.status).toBe(0);
    expect(errors).toEqual([]);
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qam', 'saved');
    await page.close();
  });

  it('keeps a draft over a reload, and stops Save when a file changed on disk', async () => {
    const { page } = await openCurating(`?e=bonnie-jenkins`);
    await page
      .getByRole('group', { name: 'Curating' })
      .getByRole('button', { name: 'Edit', exact: true })
      .click();
    await page.goto(url + `?e=bonnie-jenkins&source=${SOURCE}`);
    await page.getByRole('group', { name: 'Curating' }).waitFor();
    await page
      .getByRole('group', { name: 'Curating' })
      .getByRole('button', { name: 'Edit', exact: true })
      .click();
    await selectPassage(page, 'Hanoi');
    await page.getByRole('button', { name: 'Add alias' }).click();
    await page.getByRole('button', { name: 'Save 1 change' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Save 1 change' }).waitFor({ timeout: 60_000 });
    // Someone else changes the same file meanwhile.
    const file = path.join(dir, 'entities/person.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"Ha Kim Ngoc"', '"Ha Kim Ngoc (changed)"'),
    );
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'changed on disk' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('entities/person.json');
    expect(readFileSync(file, 'utf8')).not.toContain('"Hanoi"');
    await alert.getByRole('button', { name: 'Reload and re-apply my edits' }).click();
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved 1 change' }).waitFor();
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('(changed)');
    expect(saved).toContain('"Hanoi"');
    await page.close();
  });

  it(
    'works by keyboard in dark mode on a phone, axe clean with the dialog open',
    { timeout: 180_000 },
    async () => {
      const { page } = await openCurating(`?source=${SOURCE}`, {
        colorScheme: 'dark',
        width: 375,
        height: 812,
      });
      // On a phone the top bar's controls are behind Menu.
      await openTopMenu(page);
      const edit = page
        .getByRole('group', { name: 'Curating' })
        .getByRole('button', { name: 'Edit', exact: true });
      await edit.focus();
      await page.keyboard.press('Enter');
      // The menu may fold once Edit is pressed: the button is still the one to ask.
      await openTopMenu(page);
      await expect.poll(() => edit.getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await page.getByRole('region', { name: 'Article' }).waitFor();
      await selectPassage(page, PASSAGE);
      const add = page.getByRole('button', { name: 'Add relation from selection' });
      await add.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'New relation' });
      await dialog.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'curate-dialog-phone-dark');
      // Escape closes the innermost thing first: the From field's open list, then the dialog.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.close();
    },
  );
});
