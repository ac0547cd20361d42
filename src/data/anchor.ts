import search from 'approx-string-match';
import { normalizeForQuoteMatch, normalizeWithMap, sentenceSpans } from './quotes';

/**
 * Anchoring quotes in their source texts, the W3C Web Annotation way: by the
 * quoted words (a TextQuoteSelector), never by stored offsets, which drift when
 * a text is corrected. A quote is found verbatim, else after whitespace and
 * quote-mark folding; what is found nowhere gets the closest passage as a
 * suggestion, which is shown and never applied (fuzzy re-anchoring attaches
 * quotes to look-alike passages: Hypothesis client#7571).
 */

/** Offsets in the original text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * exact: verbatim in its cited source. normalized: only after whitespace and
 * quote-mark folding. elsewhere: not in its cited source but in another one.
 * missing: in no source (or its source has no text).
 */
export type QuoteHealth = 'exact' | 'normalized' | 'elsewhere' | 'missing';

export interface QuoteAnchor {
  health: QuoteHealth;
  /** Where the quote sits in its cited text (exact and normalized). */
  span?: Span;
  /** Other places of the cited text with the same words (a repeated passage). */
  repeats: Span[];
  /** elsewhere: the id of a source that holds the quote. */
  foundIn?: string;
  /** missing: the closest passage of the cited text, to check by hand. */
  suggestion?: Suggestion;
  /** missing because the cited source has no text to read. */
  noText?: boolean;
}

export interface Suggestion {
  span: Span;
  text: string;
  /** Edits (insertions, deletions, substitutions) between the quote and the passage, after folding. */
  errors: number;
}

/** Every start of `needle` in `hay`, left to right (overlapping starts included). */
function allIndexes(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** A normalized text with its map back to the original, built once per text. */
export interface PreparedText {
  text: string;
  norm: string;
  map: number[];
}

export function prepareText(text: string): PreparedText {
  return { text, ...normalizeWithMap(text) };
}

function normalizedSpans(t: PreparedText, quote: string): Span[] {
  const q = normalizeForQuoteMatch(quote);
  return allIndexes(t.norm, q).map((at) => ({
    start: t.map[at]!,
    end: t.map[at + q.length - 1]! + 1,
  }));
}

const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Where a quote sits in one text: verbatim first, else after folding. When the
 * words occur more than once, the stored sentence (if any) decides which
 * occurrence is meant; otherwise the first one is.
 */
export function anchorInText(
  t: PreparedText,
  quote: string,
  sentence?: string,
): { health: 'exact' | 'normalized'; span: Span; repeats: Span[] } | undefined {
  const exact = allIndexes(t.text, quote).map((i) => ({ start: i, end: i + quote.length }));
  const health = exact.length ? 'exact' : 'normalized';
  const spans = exact.length ? exact : normalizedSpans(t, quote);
  if (!spans.length) return undefined;
  let chosen = spans[0]!;
  if (spans.length > 1 && sentence) {
    const contexts = normalizedSpans(t, sentence);
    chosen = spans.find((s) => contexts.some((c) => inside(s, c))) ?? chosen;
  }
  return { health, span: chosen, repeats: spans.filter((s) => s !== chosen) };
}

/** A quote needs at most this share of edits to suggest a passage as "closest". */
const SUGGEST_MAX_ERRORS = 0.4;

/** The passage of `t` closest to `quote` (fewest edits after folding), if any is close enough. */
export function closestPassage(t: PreparedText, quote: string): Suggestion | undefined {
  const q = normalizeForQuoteMatch(quote);
  if (!q || !t.norm) return undefined;
  const matches = search(t.norm, q, Math.ceil(q.length * SUGGEST_MAX_ERRORS));
  if (!matches.length) return undefined;
  const best = matches.reduce((a, b) => (b.errors < a.errors ? b : a));
  if (best.end <= best.start) return undefined;
  const span = { start: t.map[best.start]!, end: t.map[best.end - 1]! + 1 };
  return { span, text: t.text.slice(span.start, span.end), errors: best.errors };
}

/**
 * One quote against the texts of a dataset (source id → text). Texts are
 * prepared once by the caller (`prepareTexts`), since every quote reads them.
 */
export function classifyQuote(
  texts: ReadonlyMap<string, PreparedText>,
  cited: string,
  quote: string,
  sentence?: string,
): QuoteAnchor {
  const own = texts.get(cited);
  if (!own) return { health: 'missing', repeats: [], noText: true };
  const found = anchorInText(own, quote, sentence);
  if (found) return found;
  for (const [id, t] of texts) {
    if (id !== cited && anchorInText(t, quote))
      return { health: 'elsewhere', repeats: [], foundIn: id };
  }
  const suggestion = closestPassage(own, quote);
  return { health: 'missing', repeats: [], ...(suggestion ? { suggestion } : {}) };
}

export function prepareTexts(texts: ReadonlyMap<string, string>): Map<string, PreparedText> {
  return new Map([...texts].map(([id, text]) => [id, prepareText(text)]));
}

/** A text's sentences and which of them at least one anchored quote touches. */
export interface Coverage {
  sentences: Span[];
  cited: boolean[];
  citedCount: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Sentences (the validator's own splitter, so stored sentences agree) and those the spans touch. */
export function sentenceCoverage(text: string, quoted: readonly Span[]): Coverage {
  const sentences = sentenceSpans(text);
  const cited = sentences.map((s) => quoted.some((q) => overlaps(s, q)));
  return { sentences, cited, citedCount: cited.filter(Boolean).length };
}
