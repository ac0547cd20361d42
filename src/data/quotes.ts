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

/**
 * The normalized text with, for each of its characters, the index of the
 * character it came from, so a match in the normalized text can be mapped back
 * to the original (for marking a quote inside its sentence).
 */
export function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      pendingSpace = norm.length > 0;
      continue;
    }
    if (pendingSpace) {
      norm += ' ';
      map.push(i - 1);
      pendingSpace = false;
    }
    norm += normalizeForQuoteMatch(c) || c;
    map.push(i);
  }
  return { norm, map };
}

/** Where `quote` sits in `text` (modulo whitespace and quote marks), as original offsets. */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  return findQuotes(text, quote)[0];
}

/** Every place `quote` sits in `text` (modulo whitespace and quote marks), in text order. */
export function findQuotes(text: string, quote: string): { start: number; end: number }[] {
  const { norm, map } = normalizeWithMap(text);
  const q = normalizeForQuoteMatch(quote);
  const found: { start: number; end: number }[] = [];
  if (!q) return found;
  for (let at = norm.indexOf(q); at >= 0; at = norm.indexOf(q, at + 1))
    found.push({ start: map[at]!, end: map[at + q.length - 1]! + 1 });
  return found;
}

/** A sentence split in three around its quote, for marking; undefined when the quote is not in it. */
export function markQuote(
  sentence: string,
  quote: string,
): { before: string; quote: string; after: string } | undefined {
  const at = findQuote(sentence, quote);
  if (!at) return undefined;
  return {
    before: sentence.slice(0, at.start),
    quote: sentence.slice(at.start, at.end),
    after: sentence.slice(at.end),
  };
}

/** "U.S.", "U.N.", "D.C." before a full stop do not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]\.)*[A-Z]$/;

/** A page's date line ("date 2023-04-01") at the start of a line: metadata, not a sentence. */
const DATELINE = /^[ \t]*date \d{4}-\d{2}-\d{2}(?=\s)/;

/** A photo caption line ("… (Photo: VNA)", "… Photo: Ministry of Foreign Affairs |"). */
const CAPTION = /\bPhoto:/;

/**
 * Sentence spans of a plain text: a line break, or . ! ? followed by a space
 * and a capital, ends one; a date line at the start of a line is a span of its own.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim()) spans.push({ start: start + lead, end: end - trail });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (i === start) {
      const dateline = DATELINE.exec(text.slice(i, i + 40));
      if (dateline) push(i + dateline[0].length);
    }
    const c = text[i]!;
    if (c === '\n') push(i + 1);
    else if (
      (c === '.' || c === '!' || c === '?') &&
      /^[ \t]+["“'‘(]?[A-Z0-9]/.test(text.slice(i + 1, i + 4))
    ) {
      if (c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return spans;
}

/** The line of `text` around the offset `at`. */
function lineAt(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * The whole sentence (or run of sentences) of `text` that contains `quote`,
 * with its whitespace collapsed; undefined when the quote is not in the text.
 * A quote that a photo caption repeats is taken from the body text.
 */
export function sentenceAround(text: string, quote: string): string | undefined {
  const all = findQuotes(text, quote);
  const at = all.find((a) => !CAPTION.test(lineAt(text, a.start))) ?? all[0];
  if (!at) return undefined;
  const spans = sentenceSpans(text);
  const first = spans.find((s) => s.end > at.start) ?? { start: 0, end: text.length };
  const last = [...spans].reverse().find((s) => s.start < at.end) ?? first;
  return text.slice(first.start, last.end).replace(/\s+/g, ' ').trim();
}
