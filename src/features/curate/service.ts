/**
 * The page's side of `npm run curate`: the token the server put in the page,
 * and the two calls of the write service. Without the token (the static site,
 * an opened file) there is no service and editing ends in Download dataset.
 */

export interface ServedFile {
  name: string;
  text: string;
  hash: string;
}

export class SaveConflict extends Error {
  constructor(readonly files: string[]) {
    super(`changed on disk since it was read: ${files.join(', ')}`);
    this.name = 'SaveConflict';
  }
}

export function curateToken(doc: Document = document): string | undefined {
  const meta = doc.querySelector('meta[name="parley-curate"]');
  const token = meta?.getAttribute('content') ?? '';
  return /^[0-9a-f]{16,}$/.test(token) ? token : undefined;
}

async function call(token: string, route: string, init: RequestInit = {}) {
  const res = await fetch(`/__parley/${route}`, {
    ...init,
    headers: { 'x-parley-token': token, 'content-type': 'application/json' },
    cache: 'no-store',
  });
  const body = (await res.json().catch(() => ({}))) as {
    error?: string;
    files?: ServedFile[];
    conflicts?: string[];
  };
  if (res.status === 409) throw new SaveConflict(body.conflicts ?? []);
  if (!res.ok) throw new Error(body.error ?? `the write service answered ${res.status}`);
  return body.files ?? [];
}

export const fetchFiles = (token: string) => call(token, 'files');

export const saveFiles = (
  token: string,
  files: { name: string; text: string; base: string | null }[],
) => call(token, 'save', { method: 'POST', body: JSON.stringify({ files }) });
