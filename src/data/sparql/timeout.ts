import { DEFAULT_TIMEOUT_MS } from './client';

/** The address parameter giving a SPARQL request's time limit, in seconds: `&timeout=45`. */
export const TIMEOUT_PARAM = 'timeout';
export const MIN_TIMEOUT_S = 1;
export const MAX_TIMEOUT_S = 120;

/**
 * A request's time limit from the address: whole seconds within 1–120. A
 * value outside the bounds is brought within them; anything that is not a
 * number leaves the default (20 s), so a hand-edited address cannot make a
 * request wait forever or give up at once.
 */
export function timeoutFromParam(raw: string | null | undefined): number {
  if (raw === null || raw === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(raw))
    return DEFAULT_TIMEOUT_MS;
  const s = Math.round(Number(raw));
  return Math.min(MAX_TIMEOUT_S, Math.max(MIN_TIMEOUT_S, s)) * 1000;
}
