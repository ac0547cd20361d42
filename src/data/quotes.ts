/**
 * Normalizes text for quote verification: curators copy quotes from articles
 * whose whitespace and quote marks vary ("’" vs "'"), so both sides are
 * compared after folding those differences away — nothing else.
 */
export function normalizeForQuoteMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` occurs in `sourceText`, modulo whitespace and quote marks. */
export function quoteOccursIn(quote: string, normalizedSource: string): boolean {
  return normalizedSource.includes(normalizeForQuoteMatch(quote));
}
