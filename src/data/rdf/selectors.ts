/**
 * The context of a quote for a W3C TextQuoteSelector: the text just before
 * (`prefix`) and after (`suffix`) it. Quotes match their source modulo
 * whitespace and straight vs. typographic quote marks (see data/quotes.ts),
 * so the quote is located with a pattern that allows those differences.
 */
export const CONTEXT_CHARS = 32;

const QUOTE_CLASSES: Record<string, string> = {
  "'": "['\u2018\u2019\u201A\u201B\u2032\u02BC]",
  '"': '["\u201C\u201D\u201E\u201F\u2033]',
};

function quotePattern(quote: string): RegExp {
  let src = '';
  for (const ch of quote.normalize('NFC').trim()) {
    if (/\s/.test(ch)) {
      if (!src.endsWith('\\s+')) src += '\\s+';
    } else {
      const folded = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/.test(ch)
        ? "'"
        : /[\u201C\u201D\u201E\u201F\u2033]/.test(ch)
          ? '"'
          : ch;
      src += QUOTE_CLASSES[folded] ?? folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(src, 'u');
}

/** Where `quote` occurs in `text` (first occurrence), or undefined. */
export function locateQuote(
  text: string,
  quote: string,
): { start: number; end: number } | undefined {
  const hay = text.normalize('NFC');
  const m = quotePattern(quote).exec(hay);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
}

/**
 * From the evidence's sentence: the whole rest of the sentence on each side
 * (so sentence = prefix + quote + suffix, up to whitespace); from a source
 * text: up to CONTEXT_CHARS on each side, whitespace collapsed.
 */
export function quoteContext(
  quote: string,
  from: { sentence?: string; sourceText?: string },
): QuoteContext {
  if (from.sentence) {
    const s = from.sentence.normalize('NFC');
    const at = locateQuote(s, quote);
    if (at) return nonEmpty(s.slice(0, at.start), s.slice(at.end));
  }
  if (from.sourceText) {
    const t = from.sourceText.normalize('NFC');
    const at = locateQuote(t, quote);
    if (at) {
      const collapse = (x: string) => x.replace(/\s+/g, ' ');
      return nonEmpty(
        collapse(t.slice(Math.max(0, at.start - CONTEXT_CHARS * 2), at.start)).slice(
          -CONTEXT_CHARS,
        ),
        collapse(t.slice(at.end, at.end + CONTEXT_CHARS * 2)).slice(0, CONTEXT_CHARS),
      );
    }
  }
  return {};
}

function nonEmpty(prefix: string, suffix: string): QuoteContext {
  const out: QuoteContext = {};
  if (prefix) out.prefix = prefix;
  if (suffix) out.suffix = suffix;
  return out;
}
