/**
 * A quote's key in the address (`q=`): the relation id, a colon, and the
 * evidence item's number in that relation's list, from 1 ("ha-kim-ngoc.co_chaired.psd-dialogue-12:1").
 * Parley ids never hold a colon; the last colon is the separator either way.
 */
export function quoteKey(relation: string, index: number): string {
  return `${relation}:${index + 1}`;
}

export function parseQuoteKey(key: string): { relation: string; index: number } | undefined {
  const at = key.lastIndexOf(':');
  if (at <= 0) return undefined;
  const n = Number(key.slice(at + 1));
  if (!Number.isInteger(n) || n < 1 || n > 10_000) return undefined;
  return { relation: key.slice(0, at), index: n - 1 };
}
