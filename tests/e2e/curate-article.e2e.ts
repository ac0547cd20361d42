/**
 * Curating from the Article, in real Chromium against the real write
 * service on a temporary git copy of graph-data/: names underlined and
 * picked for From; a passage selected and made a relation by keys alone,
 * marked unsaved on the canvas until Save; a new source pasted, saved
 * verbatim into sources/ and opened in the Article; axe, dark and phone.
 * Served as tests/e2e/curate.e2e.ts serves it (a proxy adds the run's token).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const commit = (m: string) => git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qam', m);

const SOURCE = 's004-10th-psd-dialogue';
const PASSAGE = 'agreeing to hold the 11th dialogue in Hanoi in 2020';
const CO_CHAIRED =
  'The event was co-chaired by Vietnamese Deputy Foreign Minister Bui Thanh Son and US Under Secretary of State for Arms Control and International Security Andrea Thompson.';

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'parley-curate-article-e2e-'));
  cpSync('graph-data', dir, { recursive: true });
  git('init', '-q');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '-A');
  commit('data');
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
  if (dir) rmSync(dir, { recursive: true, force: true });
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

const editButton = (page: Page) =>
  page.getByRole('group', { name: 'Curating' }).getByRole('button', { name: 'Edit', exact: true });

async function startEditing(page: Page) {
  await openTopMenu(page);
  const edit = editButton(page);
  await edit.click();
  // On a phone the menu may fold once Edit is pressed: the button is still the one to ask.
  await openTopMenu(page);
  await expect.poll(() => edit.getAttribute('aria-pressed')).toBe('true');
}

/** Selects a passage of the open article's text, as a mouse drag would. */
async function selectPassage(page: Page, passage: string) {
  const found = await page.evaluate((p) => {
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
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return true;
  }, passage);
  expect(found).toBe(true);
}

const selectionText = (page: Page) => page.evaluate(() => document.getSelection()?.toString());
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a ? `${a.getAttribute('role') ?? a.tagName.toLowerCase()}:${a.textContent}` : '';
  });
const unsavedOnCanvas = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('[data-unsaved]')?.getAttribute('data-unsaved') ?? '')
      .split(' ')
      .filter(Boolean)
      .sort(),
  );

describe('curating from the Article', () => {
  it(
    'underlines the names the dataset has, inside quotes too; picking one fills From',
    { timeout: 180_000 },
    async () => {
      const { page, errors } = await openCurating(`?source=${SOURCE}`);
      const article = page.getByRole('region', { name: 'Article' });
      await article.waitFor();
      // Not while reading: only in edit mode.
      expect(await article.locator('.article-name').count()).toBe(0);
      await startEditing(page);
      const names = article.getByRole('button', { name: 'Hanoi', exact: true });
      await names.first().waitFor();
      // Case and diacritics ignored, whole words; "US" only in capitals; inside a quote's mark too.
      expect(
        await article.getByRole('button', { name: 'Bui Thanh Son', exact: true }).count(),
      ).toBeGreaterThan(0);
      expect(await article.locator('mark .article-name[role="button"]').count()).toBeGreaterThan(0);
      expect(await article.getByRole('button', { name: 'the US', exact: true }).count()).toBe(0);
      // The longest name wins over the shorter inside it.
      expect(
        await article
          .getByRole('button', { name: 'Vietnamese Ministry of Public Security', exact: true })
          .count(),
      ).toBe(1);
      await screenshot(page, 'curate-article-names-light');
      // Picked by click before the dialog opens: From.
      await article.getByRole('button', { name: 'Bui Thanh Son', exact: true }).first().click();
      await article.getByText('New relation from Bui Thanh Son').waitFor();
      await selectPassage(page, PASSAGE);
      await page.getByRole('button', { name: 'Add relation from selection' }).click();
      const dialog = page.getByRole('dialog', { name: 'New relation' });
      await dialog.waitFor();
      expect(await dialog.getByRole('combobox', { name: 'From' }).inputValue()).toBe(
        'Bui Thanh Son',
      );
      // In the dialog's quote the names are underlined too: picking one fills To (From is taken).
      await dialog.getByRole('button', { name: 'Hanoi', exact: true }).press('Enter');
      expect(await dialog.getByRole('combobox', { name: 'To' }).inputValue()).toBe('Hanoi');
      // For a statement, the source's own meeting is chosen and listed first under Meeting.
      await dialog.getByRole('combobox', { name: 'To' }).fill('');
      await dialog.getByRole('combobox', { name: 'From' }).click();
      await dialog.getByLabel('Relation').selectOption({ label: 'discussed' });
      const meeting = dialog.getByRole('combobox', { name: 'Meeting' });
      expect(await meeting.inputValue()).toMatch(/^10th Political/);
      await meeting.fill('');
      await meeting.click();
      expect(
        await dialog
          .getByRole('listbox', { name: 'Meeting choices' })
          .getByRole('option')
          .first()
          .textContent(),
      ).toMatch(/^10th Political/);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it(
    'by keys alone: search, open the article, select a sentence, make it a relation, Save; unsaved marked until then',
    { timeout: 180_000 },
    async () => {
      const { page, errors } = await openCurating();
      const edit = editButton(page);
      await edit.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => edit.getAttribute('aria-pressed')).toBe('true');
      // Search an entity ("/" goes to the search box), Enter on the first hit.
      await page.keyboard.press('/');
      await page.keyboard.type('Bui Thanh Son');
      await page.getByRole('option').first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      const details = page.getByRole('region', { name: 'Details' });
      await details
        .getByRole('heading', { name: 'Bui Thanh Son', exact: true, level: 2 })
        .waitFor();
      // Its relation co-chaired → the 10th dialogue, then the quote's "Show in article".
      const relation = details
        .getByRole('button', { name: /10th Political, Security and Defence Dialogue/ })
        .first();
      await relation.focus();
      await page.keyboard.press('Enter');
      const show = details.getByRole('button', { name: /Show in article/ }).first();
      await show.waitFor({ timeout: 20_000 });
      await show.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Article' }).waitFor();
      // The article opens at the quote, focused: s selects its sentence.
      await expect.poll(() => focusedName(page), { timeout: 20_000 }).toMatch(/^mark:/);
      await page.keyboard.press('s');
      // A whole sentence: the focused highlight's. Shift+S steps back, s forward, to the one wanted.
      await expect.poll(() => selectionText(page)).toMatch(/\.$/);
      for (let i = 0; i < 40 && (await selectionText(page)) !== CO_CHAIRED; i++)
        await page.keyboard.press(i < 8 ? 'Shift+S' : 's');
      expect(await selectionText(page)).toBe(CO_CHAIRED);
      await page
        .getByRole('status')
        .filter({ hasText: `Selected: ${CO_CHAIRED}` })
        .waitFor();
      // Shift+arrows move its end by a word, by a sentence; Ctrl+Shift+arrows its start.
      await page.keyboard.press('Shift+ArrowLeft');
      expect(await selectionText(page)).toBe(CO_CHAIRED.replace(/ Thompson\.$/, ''));
      await page.keyboard.press('Shift+ArrowDown'); // to the sentence's end
      expect(await selectionText(page)).toBe(CO_CHAIRED);
      await page.keyboard.press('Shift+ArrowDown'); // to the next one's
      expect(await selectionText(page)).toMatch(/Thompson\. It also saw the presence/);
      await page.keyboard.press('Shift+ArrowUp');
      expect(await selectionText(page)).toBe(CO_CHAIRED);
      await page.keyboard.press('Control+Shift+ArrowRight');
      expect(await selectionText(page)).toBe(CO_CHAIRED.replace(/^The /, ''));
      await page.keyboard.press('Control+Shift+ArrowLeft');
      expect(await selectionText(page)).toBe(CO_CHAIRED);
      // Enter: to what the selection can become.
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedName(page)).toBe('button:Add relation from selection');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'New relation' });
      await dialog.waitFor();
      expect(await dialog.locator('blockquote').textContent()).toBe(CO_CHAIRED);
      // From has focus: type, Enter on the first match.
      await expect.poll(() => focusedName(page)).toBe('combobox:');
      await page.keyboard.type('Bui Thanh');
      const person = dialog.getByRole('option', { name: 'Bui Thanh Son person' });
      await person.waitFor();
      for (let i = 0; i < 8 && (await person.getAttribute('aria-selected')) !== 'true'; i++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await dialog.getByRole('combobox', { name: 'From' }).inputValue()).toBe(
        'Bui Thanh Son',
      );
      await page.keyboard.press('Tab'); // Relation
      await page.keyboard.press('Tab'); // To
      await page.keyboard.type('Keyboard curating');
      await dialog.getByRole('option', { name: 'Create “Keyboard curating”' }).waitFor();
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() =>
          dialog
            .getByRole('option', { name: 'Create “Keyboard curating”' })
            .getAttribute('aria-selected'),
        )
        .toBe('true');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab'); // To type: topic
      await page.keyboard.press('Tab'); // To description
      await page.keyboard.type('A topic made by keys in the browser test.');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab'); // back to Relation
      await expect.poll(() => focusedName(page)).toMatch(/^select:/);
      await page.keyboard.type('discussed');
      expect(await dialog.getByLabel('Relation').inputValue()).toBe('discussed');
      await dialog.getByRole('combobox', { name: 'Meeting' }).waitFor();
      expect(await dialog.getByRole('combobox', { name: 'Meeting' }).inputValue()).toMatch(/^10th/);
      // Add by Enter in the description field (the form's submit).
      await dialog.getByLabel('To description').focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      const id = 'bui-thanh-son.discussed.keyboard-curating';
      // Unsaved: on the canvas (the relation and the new topic), in Details, in the Legend.
      await expect
        .poll(() => unsavedOnCanvas(page), { timeout: 20_000 })
        .toEqual([id, 'keyboard-curating'].sort());
      await details.getByText('Unsaved', { exact: true }).waitFor();
      await page
        .getByRole('region', { name: 'Legend' })
        .getByText(/dashed line: unsaved/)
        .waitFor();
      await screenshot(page, 'curate-unsaved-light');
      const save = page.getByRole('button', { name: 'Save 1 change' });
      await save.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Saved 1 change to 2 files' }).waitFor();
      await expect.poll(() => unsavedOnCanvas(page)).toEqual([]);
      expect(await details.getByText('Unsaved', { exact: true }).count()).toBe(0);
      const numstat = git('diff', '--numstat').trim().split('\n').sort();
      expect(numstat).toEqual(
        ['7\t0\tentities/topic.json', '16\t0\trelations/psd-dialogue-10.json'].sort(),
      );
      const added = readFileSync(path.join(dir, 'relations/psd-dialogue-10.json'), 'utf8');
      // From, a known person, was offered as Speaker, and their usual side as Side.
      expect(added).toContain('"by": ["bui-thanh-son"]');
      expect(added).toContain('"on_behalf_of": ["vietnam"]');
      expect(added).toContain(`"quote": ${JSON.stringify(CO_CHAIRED)}`);
      const v = await validateCommand(['--data', dir]);
      expect(v.status, v.stdout + v.stderr).toBe(0);
      expect(errors).toEqual([]);
      commit('keyboard');
      await page.close();
    },
  );

  it(
    'New source: bad input says what is wrong; a pasted text is saved verbatim and opens in the Article',
    { timeout: 180_000 },
    async () => {
      const { page, errors } = await openCurating();
      await startEditing(page);
      await page.getByRole('button', { name: 'New source' }).click();
      const dialog = page.getByRole('dialog', { name: 'New source' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Add source' }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: "The text is empty: paste the article's text" })
        .waitFor();
      await dialog.getByRole('alert').filter({ hasText: 'Give the source a title' }).waitFor();
      // A file that is not text.
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'report.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\u0000\u0001'),
      });
      await dialog
        .getByRole('alert')
        .filter({ hasText: '"report.pdf" is not a .txt file' })
        .waitFor();
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'binary.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x41, 0x00, 0x42]),
      });
      await dialog
        .getByRole('alert')
        .filter({ hasText: '"binary.txt" is a binary file' })
        .waitFor();
      const text =
        'Hà Nội, 5 December 2026 – Deputy Minister Hà Kim Ngọc met US officials.\n\nThe two sides agreed to meet “again” next year.  \n';
      await dialog.getByLabel('Text of the article').fill(text);
      await dialog.getByLabel('Title', { exact: true }).fill('A pasted test article');
      // An id that is taken.
      await dialog.getByLabel('Id (optional)').fill(SOURCE);
      await dialog.getByRole('button', { name: 'Add source' }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: `The id "${SOURCE}" is taken (by a source): choose another.` })
        .waitFor();
      expect(
        await dialog.getByLabel('Id (optional)').evaluate((e) => e === document.activeElement),
      ).toBe(true);
      await dialog.getByLabel('Id (optional)').fill('');
      await dialog.getByRole('button', { name: 'Add source' }).click();
      await dialog.waitFor({ state: 'detached' });
      // It opens in the Article at once, its names underlined.
      const article = page.getByRole('region', { name: 'Article' });
      await article
        .getByRole('heading', { name: 'A pasted test article' })
        .waitFor({ timeout: 20_000 });
      await article.getByRole('button', { name: 'Hà Kim Ngọc', exact: true }).waitFor();
      await screenshot(page, 'curate-new-source-opened-light');
      await page.getByRole('button', { name: 'Save 1 change' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved 1 change to 2 files' }).waitFor();
      const file = 'sources/s005-a-pasted-test-article.txt';
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe(text);
      expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual(
        [' M sources.json', `?? ${file}`].sort(),
      );
      // sources.json: the entry appended (git may count the line before it, gaining a comma), nothing else.
      const diff = git('diff', '-U0', 'sources.json').split('\n');
      const removed = diff.filter((l) => l.startsWith('-') && !l.startsWith('---'));
      const added = diff.filter((l) => l.startsWith('+') && !l.startsWith('+++'));
      expect(removed.filter((l) => l !== '-    }')).toEqual([]);
      expect(added).toEqual(
        expect.arrayContaining([
          '+    },',
          '+    {',
          '+      "id": "s005-a-pasted-test-article",',
          '+      "title": "A pasted test article",',
          '+      "language": "en",',
          '+      "file": "s005-a-pasted-test-article.txt"',
        ]),
      );
      expect(added.length).toBe(6 + removed.length);
      const v = await validateCommand(['--data', dir]);
      expect(v.status).toBe(0);
      expect(errors).toEqual([]);
      git('add', '-A');
      commit('source');
      await page.close();
    },
  );

  for (const [name, opts] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['phone-light', { colorScheme: 'light', width: 375, height: 812 }],
    ['phone-dark', { colorScheme: 'dark', width: 375, height: 812 }],
  ] as const) {
    it(
      `is axe clean with the New source dialog open and the names underlined (${name})`,
      { timeout: 180_000 },
      async () => {
        const { page } = await openCurating(`?source=${SOURCE}`, opts);
        await startEditing(page);
        if (opts.width) await page.getByRole('button', { name: 'Menu', exact: true }).click();
        const article = page.getByRole('region', { name: 'Article' });
        await article.getByRole('button', { name: 'Hanoi', exact: true }).first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `curate-article-names-${name}`);
        await openTopMenu(page);
        await page.getByRole('button', { name: 'New source' }).click();
        const dialog = page.getByRole('dialog', { name: 'New source' });
        await dialog.waitFor();
        await dialog.getByRole('button', { name: 'Add source' }).click();
        await dialog.getByRole('alert').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `curate-new-source-${name}`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await page.close();
      },
    );
  }
});
