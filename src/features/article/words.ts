import type { QuoteHealth } from '../../data/anchor';
import type { ArticleQuote } from '../../graph/article';

/** How each health class reads in the Article. */
export const HEALTH_WORDS: Record<QuoteHealth, string> = {
  exact: 'exact match',
  normalized: 'matches only after folding spaces and quote marks',
  elsewhere: 'not in this text: found in another source',
  missing: 'not found in this text',
};

/** What a screen reader hears on a highlight: the relation it supports, and its health unless exact. */
export function describeQuote(q: ArticleQuote): string {
  const health = q.anchor.health === 'exact' ? '' : ` (${HEALTH_WORDS[q.anchor.health]})`;
  return `Supports: ${q.wording}${health}`;
}
