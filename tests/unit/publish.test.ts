// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliExit } from '../../scripts/cliOutput';
import { embedAddress, fullViewAddress } from '../../src/features/embed/embedAddress';
import { packJson, unpackJson } from '../../src/features/publish/pack';
import { viewOf } from '../../src/features/publish/pageExport';
import {
  PayloadError,
  checkPayload,
  fromSlot,
  toSlot,
  type PublishedPayload,
} from '../../src/features/publish/payload';
import {
  EMPTY_SLOT,
  SLOT_ID,
  fillShell,
  inlineCode,
  jsonForScript,
  publishedCsp,
  withPublishedCsp,
} from '../../src/features/publish/shell';
import { publishCommand } from '../../tools/publishCommand';

const SCRIPT = 'console.log("a < b");';
const STYLE = 'body{color:red}';
/** A shell shaped like the built one: CSP meta, a comment that names <style>, module script, style, slot. */
const SHELL = `<!doctype html><html lang="en"><head>
<meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="script-src 'sha256-pending'; style-src 'sha256-pending'" />
<title>Parley — knowledge-graph explorer</title>
<!-- Cytoscape injects a <style> unless … -->
<script type="module" crossorigin>${SCRIPT}</script>
<style rel="stylesheet" crossorigin>${STYLE}</style>
</head><body><div id="root"></div>
${EMPTY_SLOT}
</body></html>`;

/** A page as the browser parses it. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
const HOSTILE = '</script><script>alert(1)</script><!-- $& $1 \u2028 & > </SCRIPT >';

describe('jsonForScript', () => {
  it('reads back unchanged and holds no character that could end or bend a <script>', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        const out = jsonForScript({ value, text });
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
    expect(JSON.parse(jsonForScript(HOSTILE))).toBe(HOSTILE);
  });
});

describe('fillShell', () => {
  it('puts the payload in the one slot, as data: a hostile label adds no element and runs nothing', () => {
    const payload = { v: 1, label: HOSTILE };
    const html = fillShell(SHELL, payload, `Title ${HOSTILE}`);
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(2); // the app's and the slot
    const slot = doc.getElementById(SLOT_ID)!;
    expect(slot.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(slot.textContent!)).toEqual(payload);
    expect(doc.title).toBe(`Title ${HOSTILE}`);
    // The app's own code and style are untouched, so their hashes still hold.
    expect(inlineCode(html)).toEqual({ scripts: [SCRIPT], styles: [STYLE] });
  });

  it('refuses a text that is not a shell with exactly one empty slot', () => {
    expect(() => fillShell('<html></html>', {}, 't')).toThrow(/no single empty data slot/);
    expect(() => fillShell(SHELL + EMPTY_SLOT, {}, 't')).toThrow(/no single empty data slot/);
    const filled = fillShell(SHELL, { v: 1 }, 't');
    expect(() => fillShell(filled, {}, 't')).toThrow(/no single empty data slot/);
  });
});

describe('the published CSP', () => {
  it('hashes exactly the inline code that runs: module script and style, not the data slot or a comment', async () => {
    expect(inlineCode(SHELL)).toEqual({ scripts: [SCRIPT], styles: [STYLE] });
    const csp = await publishedCsp(SHELL);
    expect(csp).toBe(
      [
        "default-src 'none'",
        `script-src 'sha256-${sha256(SCRIPT)}'`,
        `style-src 'sha256-${sha256(STYLE)}'`,
        'img-src data: blob:',
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
    expect(csp).not.toMatch(/unsafe-|blob: .*script|http/);
  });

  it('replaces the placeholder policy in the page, and says so when there is none', async () => {
    const html = await withPublishedCsp(SHELL);
    const meta = parse(html)
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content');
    expect(meta).toBe(await publishedCsp(SHELL));
    await expect(withPublishedCsp('<html></html>')).rejects.toThrow(/no Content-Security-Policy/);
  });

  it('hashes non-ASCII code as UTF-8, as browsers do', async () => {
    const code = 'const s = "Hà Kim Ngọc — “quoted”";';
    const csp = await publishedCsp(`<script>${code}</script>`);
    expect(csp).toContain(`'sha256-${sha256(code)}'`);
  });
});

describe('the data slot', () => {
  const payload: PublishedPayload = {
    v: 1,
    files: [{ name: 'dataset.json', data: { entities: [{ label: HOSTILE }] } }],
    texts: { 'a.txt': 'Ngọc said so.' },
    layout: { fingerprint: '1-0-abc', positions: { a: { x: 1, y: 2 } } },
    view: 'e=a&focus=1',
    madeAt: '2026-12-07T08:00:00.000Z',
    madeFrom: 'graph-data/',
  };

  it('packs (gzip + base64) and unpacks to the same payload', async () => {
    const slot = await toSlot(payload);
    expect(slot.packed).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(slot).toMatchObject({ v: 1, view: payload.view, madeAt: payload.madeAt });
    await expect(fromSlot(JSON.parse(jsonForScript(slot)))).resolves.toEqual(payload);
    await expect(unpackJson(await packJson({ x: [1, 'é'] }))).resolves.toEqual({ x: [1, 'é'] });
  });

  it('reads an unpacked slot too, and refuses what is not a payload with a plain reason', async () => {
    await expect(fromSlot(payload)).resolves.toEqual(payload);
    expect(() => checkPayload({ v: 2 })).toThrow(PayloadError);
    expect(() => checkPayload({ v: 1, files: [{ name: 1 }] })).toThrow(/list of data files/);
    await expect(fromSlot({ v: 1, packed: 'not base64 gzip!' })).rejects.toThrow(
      /cannot be unpacked/,
    );
    // Source texts keyed by hostile names stay plain data.
    const odd = checkPayload({ v: 1, files: [], texts: { ['__proto__']: 'x', b: 3 } });
    expect(Object.getPrototypeOf(odd.texts)).toBeNull();
    expect(Object.keys(odd.texts)).toEqual(['__proto__']);
  });
});

describe('addresses', () => {
  it('embed=1 is the embed layout; Open in Parley drops it and keeps the view', () => {
    expect(embedAddress('?e=a&embed=1')).toBe(true);
    expect(embedAddress('?e=a&embed=0')).toBe(false);
    expect(fullViewAddress('file:///tmp/p.html?e=a&embed=1&focus=1#x')).toBe(
      'file:///tmp/p.html?e=a&focus=1#x',
    );
    expect(fullViewAddress('https://h.example/app/?embed=1')).toBe('https://h.example/app/');
  });

  it('an exported page carries the view, not the data source or the layout mode', () => {
    expect(viewOf('?e=a&sparql=https%3A%2F%2Fx&embed=1&timeout=5&hops=2&focus=1')).toBe(
      'e=a&focus=1',
    );
  });
});

describe('npm run publish:html (in-process, with a stand-in template)', () => {
  let dir: string;
  let shell: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-publish-unit-'));
    shell = path.join(dir, 'shell.html');
    writeFileSync(shell, SHELL);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the bundled dataset, its source texts, its positions and the view into the slot', async () => {
    const out = path.join(dir, 'nested', 'page.html');
    const now = new Date('2026-12-07T08:00:00Z');
    const r = await publishCommand(
      ['--out', out, '--shell', shell, '--view', '?e=ha-kim-ngoc&focus=1'],
      process.cwd(),
      now,
    );
    const doc = parse(readFileSync(out, 'utf8'));
    expect(doc.title).toMatch(/^Vietnam–US political, security and defence dialogues/);
    const p = await fromSlot(JSON.parse(doc.getElementById(SLOT_ID)!.textContent!));
    expect(p.files.map((f) => f.name)).toContain('relations/context.json');
    // Every data file of graph-data/, vocabulary.json included.
    expect(p.files).toHaveLength(14);
    expect(Object.keys(p.texts)).toHaveLength(5);
    const bundled = JSON.parse(readFileSync('src/cy/bundledPositions.json', 'utf8')) as {
      fingerprint: string;
    };
    expect(p.layout?.fingerprint).toBe(bundled.fingerprint);
    expect(p.view).toBe('e=ha-kim-ngoc&focus=1');
    expect(p.madeAt).toBe(now.toISOString());
    expect(r.sizes.total).toBe(readFileSync(out).length);
    expect(r.lines.join('\n')).toMatch(/the dataset \(144 entities, 353 relations, 14 files\)/);
  });

  it('computes positions for a dataset without them', async () => {
    const out = path.join(dir, 'valid.html');
    await publishCommand(['--out', out, '--shell', shell, '--data', 'tests/fixtures/valid']);
    const doc = parse(readFileSync(out, 'utf8'));
    const p = await fromSlot(JSON.parse(doc.getElementById(SLOT_ID)!.textContent!));
    expect(Object.keys(p.layout!.positions).length).toBeGreaterThan(0);
    expect(p.view).toBeUndefined();
  });

  it('says what is wrong: no --out, an unknown id in --view, a dataset with errors', async () => {
    const fail = (args: string[]) =>
      publishCommand(['--shell', shell, ...args]).then(
        () => undefined,
        (e: unknown) => e as CliExit,
      );
    const noOut = await fail([]);
    expect(noOut).toBeInstanceOf(CliExit);
    expect(noOut!.message).toMatch(/--out is missing/);
    const badView = await fail(['--out', path.join(dir, 'x.html'), '--view', 'e=nobody-here']);
    expect(badView!.status).toBe(2);
    expect(badView!.message).toMatch(/--view "e=nobody-here"/);
    expect(badView!.message).toMatch(/nobody-here/);
    const bad = path.join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(path.join(bad, 'entities.json'), '{ "entities": [ { "id": "x" } ] }');
    const badData = await fail(['--out', path.join(dir, 'y.html'), '--data', bad]);
    expect(badData!.status).toBe(1);
    expect(badData!.message).toMatch(/has errors/);
    expect(badData!.message).toMatch(/entities\.json/);
  });
});
