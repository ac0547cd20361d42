import type { PublishedPayload } from './payload';

/** True in the published single-file page (the publish build's mode); constant-folded by Vite. */
export const PUBLISHED = import.meta.env.MODE === 'publish';

/**
 * The page's own view when the address names none: `--view` or the view the
 * page was exported from. Applied before the explorer reads the address.
 */
export function applyPayloadView(payload: PublishedPayload): void {
  if (!payload.view) return;
  const here = new URLSearchParams(window.location.search);
  const given = new URLSearchParams(payload.view.replace(/^\?/, ''));
  let changed = false;
  for (const [k, v] of given) {
    if (here.has(k)) continue; // the address wins over the page's default
    here.set(k, v);
    changed = true;
  }
  if (!changed) return;
  const { pathname, hash } = window.location;
  try {
    window.history.replaceState(null, '', `${pathname}?${here.toString()}${hash}`);
  } catch {
    // A browser that refuses to change a file:// address opens on the overview.
  }
}

/** "7 December 2026" from an ISO date; the raw text if it is not one. */
export function madeOn(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The line that names the page: what it shows, when and from what it was made. */
export function madeLine(payload: PublishedPayload, title: string, sources: number): string {
  const when = payload.madeAt ? ` on ${madeOn(payload.madeAt)}` : '';
  const from = payload.madeFrom ? ` from ${payload.madeFrom}` : '';
  return `“${title}” (${sources} ${sources === 1 ? 'source' : 'sources'}): a page made with Parley${when}${from}. It works offline.`;
}
