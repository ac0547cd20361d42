import { slugify } from '../../data/text';
import type { Scope } from './options';

/** Lowercase ASCII letters, digits and single dashes; diacritics folded ("Ngọc" → "ngoc"). */
export function slugForFile(s: string, max = 60): string {
  return slugify(s, max);
}

/**
 * `parley-<what the view shows>[-view].<ext>`, e.g. `parley-psd-dialogue-12-ego1.png`
 * or `parley-graph-view.nodes.csv`. Safe on every file system: no path
 * separators, no reserved characters, no leading dot, bounded length.
 */
export function exportFileName(opts: {
  describe: string;
  scope: Scope;
  /** With its dot: ".png", ".nodes.csv". */
  suffix: string;
}): string {
  const what = slugForFile(opts.describe) || 'graph';
  const suffix = opts.suffix.replace(/[^a-z0-9.]/gi, '').toLowerCase();
  return `parley-${what}${opts.scope === 'view' ? '-view' : ''}${suffix.startsWith('.') ? suffix : `.${suffix}`}`;
}

export const IMAGE_SUFFIX = { png: '.png', jpeg: '.jpg', svg: '.svg' } as const;
