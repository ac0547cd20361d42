/** Lowercase and strip diacritics: "Ngọc" → "ngoc", "Đà Nẵng" → "da nang". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Lowercase ASCII letters, digits and single dashes, at most `max` characters. */
export function slugify(s: string, max = 80): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

const counts = new Intl.NumberFormat('en');

/**
 * A count with thousands separators ("20,000"). One formatter for all:
 * `toLocaleString('en')` builds a new one per call, about a millisecond in
 * Chromium, which adds up where progress is said while a graph is drawn.
 */
export const formatCount = (n: number): string => counts.format(n);
