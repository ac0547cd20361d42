import { markQuote } from '../../data/quotes';
import type { Evidence } from '../../model';
import './quoteInContext.css';

/** Sentences up to this length are shown whole, with the quote marked; longer ones behind a disclosure. */
const INLINE_SENTENCE = 280;

/**
 * A quote in its context: the whole sentence of the source it belongs to
 * (stored with the evidence), with the quoted part marked, so a reader sees
 * nothing was cut to change the meaning. Without a stored sentence the quote is
 * a whole sentence itself (or older data) and is shown as it is.
 */
export function QuoteInContext({ evidence }: { evidence: Evidence }) {
  const parts = evidence.sentence ? markQuote(evidence.sentence, evidence.quote) : undefined;
  if (!parts) return <blockquote>{evidence.quote}</blockquote>;
  const marked = (
    <>
      {parts.before}
      <mark>{parts.quote}</mark>
      {parts.after}
    </>
  );
  if ((evidence.sentence ?? '').length <= INLINE_SENTENCE)
    return <blockquote className="in-context">{marked}</blockquote>;
  return (
    <>
      <blockquote>{evidence.quote}</blockquote>
      <details className="quote-context">
        <summary>Full sentence</summary>
        <p className="in-context">{marked}</p>
      </details>
    </>
  );
}
