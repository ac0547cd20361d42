import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/data/edits/apply';
import { addEntity } from '../../src/data/edits/builders';
import { changedFiles, openWorkspace } from '../../src/data/edits/workspace';
import { hashText, newToken, writeService, type ServedFile } from '../../scripts/writeService';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let outside: string;
let server: Server;
let port: number;
const token = newToken();

const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'parley-curate-'));
  outside = mkdtempSync(path.join(tmpdir(), 'parley-outside-'));
  cpSync(path.join(ROOT, 'graph-data'), dir, { recursive: true });
  git('init', '-q');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '-A');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'data');
  const handler = writeService({ root: dir, token });
  server = createServer((req, res) => void handler(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

interface Reply {
  status: number;
  body: { error?: string; files?: ServedFile[]; conflicts?: string[] };
}

function call(
  method: string,
  route: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `/__parley/${route}`,
        headers: { 'x-parley-token': token, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

async function workspace() {
  const { files } = (await call('GET', 'files')).body;
  const json = files!.filter((f) => f.name.endsWith('.json'));
  return { ws: openWorkspace(json), hashes: new Map(files!.map((f) => [f.name, f.hash])) };
}

describe('the write service', () => {
  it('serves the folder only with the token', async () => {
    expect((await call('GET', 'files', undefined, { 'x-parley-token': 'wrong' })).status).toBe(403);
    const ok = await call('GET', 'files');
    expect(ok.status).toBe(200);
    const names = ok.body.files!.map((f) => f.name);
    expect(names).toContain('entities/person.json');
    expect(names).toContain('sources/000_23479d3f1373a665.txt');
    expect(names.some((n) => n.startsWith('schema/'))).toBe(false);
  });

  it('writes an edit so that git diff shows only the added lines', async () => {
    const { ws, hashes } = await workspace();
    const { ws: next } = applyEdit(
      ws,
      addEntity(ws, {
        id: 'new-topic',
        type: 'topic',
        label: 'New topic',
        aliases: [],
        description: 'd',
      }),
    );
    const files = changedFiles(next).map((f) => ({ ...f, base: hashes.get(f.name) ?? null }));
    const r = await call('POST', 'save', { files });
    expect(r.status).toBe(200);
    const diff = git('diff', '--numstat');
    // Seven lines added, none removed: the comma after the last item, and the new item.
    expect(diff.trim()).toBe('7\t0\tentities/topic.json');
    const added = git('diff', '-U0')
      .split('\n')
      .filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(added).toContain('+      "id": "new-topic",');
    expect(added).toContain('+      "description": "d"');
    // No temporary file is left behind.
    expect(readdirSync(path.join(dir, 'entities')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    git('checkout', '-q', '--', '.');
  });

  it('stops when a file changed on disk, names it and writes nothing', async () => {
    const { ws, hashes } = await workspace();
    const person = path.join(dir, 'entities/person.json');
    writeFileSync(
      person,
      readFileSync(person, 'utf8').replace('Ha Kim Ngoc', 'Ha Kim Ngoc (edited)'),
    );
    const { ws: next } = applyEdit(
      ws,
      addEntity(ws, { id: 'p2', type: 'person', label: 'P2', aliases: [], description: 'd' }),
    );
    const files = changedFiles(next).map((f) => ({ ...f, base: hashes.get(f.name) ?? null }));
    const r = await call('POST', 'save', { files });
    expect(r.status).toBe(409);
    expect(r.body.conflicts).toEqual(['entities/person.json']);
    expect(readFileSync(person, 'utf8')).toContain('(edited)');
    expect(readFileSync(person, 'utf8')).not.toContain('"p2"');
    git('checkout', '-q', '--', '.');
  });

  it('refuses paths outside the folder, links out of it and files it does not write', async () => {
    symlinkSync(outside, path.join(dir, 'entities', 'out'));
    const base = null;
    for (const name of [
      '../escape.json',
      '/etc/x.json',
      'entities/../../escape.json',
      'entities/out/x.json',
      'schema/x.json',
      'script.js',
      'sources/../x.txt',
    ]) {
      const r = await call('POST', 'save', { files: [{ name, text: '{}', base }] });
      expect([400, 403]).toContain(r.status);
      expect(r.body.error).toBeTruthy();
    }
    expect(readdirSync(outside)).toEqual([]);
    rmSync(path.join(dir, 'entities', 'out'));
  });

  it('refuses a foreign origin, a foreign host and a write without the token', async () => {
    const files = [{ name: 'entities/x.json', text: '{}', base: null }];
    expect((await call('POST', 'save', { files }, { origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await call('POST', 'save', { files }, { host: 'evil.example' })).status).toBe(403);
    expect((await call('POST', 'save', { files }, { 'x-parley-token': '' })).status).toBe(403);
    expect(readdirSync(path.join(dir, 'entities'))).not.toContain('x.json');
  });

  it('hashes what it serves', async () => {
    const { files } = (await call('GET', 'files')).body;
    const f = files!.find((x) => x.name === 'sources.json')!;
    expect(f.hash).toBe(hashText(readFileSync(path.join(dir, 'sources.json'), 'utf8')));
  });
});
