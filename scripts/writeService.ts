import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * The local write service behind `npm run curate`: reads and writes the files
 * of one dataset folder for the app, and nothing else.
 * - Every request needs this run's token (sent as a header, which also makes a
 *   cross-site request need a CORS preflight that is never granted); the Host
 *   must be the loopback address (no DNS rebinding) and a write's Origin, when
 *   sent, must be this server's.
 * - Names are relative paths inside the folder: no `..`, no absolute paths, no
 *   link leading out of it, only .json files and .txt files under sources/.
 * - A write is atomic (a temporary file in the same folder, then a rename) and
 *   happens only if every file is still what the app read (its hash): else
 *   nothing is written and the files that changed on disk are named.
 */

export const API_PREFIX = '/__parley/';
const MAX_BODY = 32 * 1024 * 1024;

export interface WriteServiceOptions {
  /** The dataset folder. */
  root: string;
  /** This run's secret; see newToken(). */
  token: string;
}

export const newToken = () => randomBytes(24).toString('hex');

export const hashText = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface ServedFile {
  name: string;
  text: string;
  hash: string;
}

export interface SaveRequest {
  files: {
    name: string;
    text: string;
    /** hash of what was read; null for a new file */ base: string | null;
  }[];
}

export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const NAME = /^(?:[A-Za-z0-9_][A-Za-z0-9._-]*\/)*[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** A file name the service may touch, resolved inside the folder; throws a 400/403 RequestError otherwise. */
export async function resolveInside(root: string, name: string): Promise<string> {
  if (
    typeof name !== 'string' ||
    !NAME.test(name) ||
    name.split('/').some((s) => s === '..' || s === '.')
  ) {
    throw new RequestError(
      400,
      `"${String(name).slice(0, 200)}" is not a file name inside the dataset folder`,
    );
  }
  const allowed =
    (name.endsWith('.json') && !name.startsWith('schema/')) || /^sources\/[^/]+\.txt$/.test(name);
  if (!allowed)
    throw new RequestError(
      403,
      `${name}: only data files (.json) and source texts (sources/*.txt) are written`,
    );
  const realRoot = await realpath(root);
  const target = path.resolve(realRoot, name);
  if (!target.startsWith(realRoot + path.sep))
    throw new RequestError(403, `${name} is outside the dataset folder`);
  // Every existing step on the way must be a real folder inside the root, and the file not a link.
  let dir = realRoot;
  for (const part of name.split('/')) {
    const next = path.join(dir, part);
    const st = await lstat(next).catch(() => undefined);
    if (!st) break;
    if (st.isSymbolicLink())
      throw new RequestError(403, `${name}: a link in the dataset folder is never followed`);
    dir = next;
  }
  return target;
}

async function readCurrent(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
}

/** Every data file and source text of the folder. */
export async function listFiles(root: string): Promise<ServedFile[]> {
  const out: ServedFile[] = [];
  async function walk(rel: string) {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const name = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && name !== 'schema' && !e.name.startsWith('.')) await walk(name);
      else if (e.isFile() && (name.endsWith('.json') || /^sources\/[^/]+\.txt$/.test(name))) {
        const text = await readFile(path.join(root, name), 'utf8');
        out.push({ name, text, hash: hashText(text) });
      }
    }
  }
  await walk('');
  return out;
}

/** Writes all files or none: every base hash is checked first. */
export async function saveFiles(root: string, request: SaveRequest): Promise<ServedFile[]> {
  if (!request || !Array.isArray(request.files) || request.files.length === 0) {
    throw new RequestError(
      400,
      'a save names at least one file: { files: [{ name, text, base }] }',
    );
  }
  const targets = await Promise.all(
    request.files.map(async (f) => {
      if (typeof f.text !== 'string')
        throw new RequestError(400, `${f.name}: text must be a string`);
      return { ...f, path: await resolveInside(root, f.name) };
    }),
  );
  const conflicts: string[] = [];
  for (const t of targets) {
    const current = await readCurrent(t.path);
    const currentHash = current === undefined ? null : hashText(current);
    if (currentHash !== t.base) conflicts.push(t.name);
  }
  if (conflicts.length) {
    throw new RequestError(409, `changed on disk since it was read: ${conflicts.join(', ')}`, {
      conflicts,
    });
  }
  for (const t of targets) await writeAtomic(t.path, t.text);
  return targets.map((t) => ({ name: t.name, text: t.text, hash: hashText(t.text) }));
}

async function writeAtomic(file: string, text: string) {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

function sameToken(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checkRequest(req: IncomingMessage, token: string) {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) {
    throw new RequestError(403, 'the write service answers only on the loopback address');
  }
  if (!sameToken(req.headers['x-parley-token'], token)) {
    throw new RequestError(
      403,
      "this request does not carry this run's token: reload the page that npm run curate opened",
    );
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    throw new RequestError(403, `requests from ${origin.slice(0, 100)} are refused`);
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new RequestError(413, 'a save is at most 32 MB');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'the request body is not JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(JSON.stringify(body));
}

/** A connect-style handler for the routes under /__parley/ (GET files, POST save). */
export function writeService({ root, token }: WriteServiceOptions) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = req.url ?? '';
    if (!url.startsWith(API_PREFIX)) return next();
    try {
      checkRequest(req, token);
      const route = url.slice(API_PREFIX.length).split('?')[0];
      if (route === 'files' && req.method === 'GET')
        return send(res, 200, { files: await listFiles(root) });
      if (route === 'save' && req.method === 'POST') {
        if (!String(req.headers['content-type']).startsWith('application/json')) {
          throw new RequestError(415, 'a save is sent as application/json');
        }
        return send(res, 200, {
          files: await saveFiles(root, (await readBody(req)) as SaveRequest),
        });
      }
      throw new RequestError(404, `no ${req.method} ${route} here`);
    } catch (e) {
      if (e instanceof RequestError) return send(res, e.status, { error: e.message, ...e.detail });
      return send(res, 500, { error: e instanceof Error ? e.message : String(e) });
    }
  };
}
