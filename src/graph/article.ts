import {
  classifyQuote,
  prepareText,
  sentenceCoverage,
  type Coverage,
  type PreparedText,
  type QuoteAnchor,
  type Span,
} from '../data/anchor';
import { parseQuoteKey, quoteKey } from './quoteKey';
import type { ParleyGraph } from './types';

export { parseQuoteKey, quoteKey };

/**
 * An article and the quotes that cite it, ready to read: each quote anchored
 * in the text (or not), the text cut into pieces so every quoted stretch is a
 * mark, and the sentences no relation cites.
 */

/** The source an evidence item cites, when the key names one of the graph's. */
export function quoteSource(graph: ParleyGraph, key: string): string | undefined {
  const k = parseQuoteKey(key);
  if (!k || !graph.hasEdge(k.relation)) return undefined;
  return graph.getEdgeAttribute(k.relation, 'evidence')[k.index]?.source;
}

/** A relation in its own words: "Ha Kim Ngoc — co-chaired → 12th Political, Security and Defence Dialogue". */
export function relationWording(graph: ParleyGraph, relation: string): string {
  const label = (n: string) => graph.getNodeAttribute(n, 'label');
  return `${label(graph.source(relation))} — ${graph.getEdgeAttribute(relation, 'label')} → ${label(graph.target(relation))}`;
}

export interface ArticleQuote {
  key: string;
  relation: string;
  index: number;
  quote: string;
  wording: string;
  anchor: QuoteAnchor;
}

/** A run of the text: plain (perhaps an uncited sentence), or a mark for one quote. */
export type Piece =
  | { kind: 'text'; start: number; end: number; uncited: boolean }
  | {
      kind: 'mark';
      key: string;
      start: number;
      end: number;
      /** The rest of a quote cut where an earlier quote ends (crossing overlap): not its own highlight. */
      continued: boolean;
      children: Piece[];
    };

export interface Article {
  text: string;
  /** Every quote citing this source, in reading order (unanchored ones last). */
  quotes: ArticleQuote[];
  pieces: Piece[];
  coverage: Coverage;
}

/** Every quote of the graph that cites `sourceId`, anchored in `text`; other texts tell "elsewhere". */
export function buildArticle(
  graph: ParleyGraph,
  sourceId: string,
  text: string,
  otherTexts: ReadonlyMap<string, PreparedText> = new Map(),
): Article {
  const texts = new Map(otherTexts).set(sourceId, prepareText(text));
  const quotes: ArticleQuote[] = [];
  graph.forEachEdge((relation, a) => {
    a.evidence.forEach((ev, index) => {
      if (ev.source !== sourceId) return;
      quotes.push({
        key: quoteKey(relation, index),
        relation,
        index,
        quote: ev.quote,
        wording: relationWording(graph, relation),
        anchor: classifyQuote(texts, sourceId, ev.quote, ev.sentence),
      });
    });
  });
  const at = (q: ArticleQuote) => q.anchor.span?.start ?? Infinity;
  quotes.sort((x, y) => at(x) - at(y) || (y.anchor.span?.end ?? 0) - (x.anchor.span?.end ?? 0));
  const anchored = quotes.filter((q) => q.anchor.span);
  const coverage = sentenceCoverage(
    text,
    anchored.flatMap((q) => [q.anchor.span!, ...q.anchor.repeats]),
  );
  const uncited = coverage.sentences.filter((_s, i) => !coverage.cited[i]);
  const marks = anchored.map((q) => ({ key: q.key, ...q.anchor.span!, continued: false }));
  return { text, quotes, pieces: splitUncited(nest(0, text.length, marks), uncited), coverage };
}

interface MarkSpan extends Span {
  key: string;
  continued: boolean;
}

const byStart = (a: MarkSpan, b: MarkSpan) => a.start - b.start || b.end - a.end;

/**
 * Marks nest when one quote lies inside another; a quote that crosses the end
 * of an earlier one is cut there, its rest a continuation (HTML cannot cross
 * elements). Every quote keeps exactly one mark that is not a continuation.
 */
function nest(from: number, to: number, spans: MarkSpan[]): Piece[] {
  const out: Piece[] = [];
  let pos = from;
  let rest = [...spans].sort(byStart);
  while (rest.length) {
    const a = rest.shift()!;
    if (a.start > pos) out.push({ kind: 'text', start: pos, end: a.start, uncited: false });
    const inner: MarkSpan[] = [];
    const later: MarkSpan[] = [];
    for (const b of rest) {
      if (b.start >= a.end) later.push(b);
      else if (b.end <= a.end) inner.push(b);
      else {
        inner.push({ ...b, end: a.end });
        later.push({ ...b, start: a.end, continued: true });
      }
    }
    out.push({
      kind: 'mark',
      key: a.key,
      start: a.start,
      end: a.end,
      continued: a.continued,
      children: nest(a.start, a.end, inner),
    });
    pos = a.end;
    rest = later.sort(byStart);
  }
  if (pos < to) out.push({ kind: 'text', start: pos, end: to, uncited: false });
  return out;
}

/** Top-level text pieces cut at uncited sentences (which, by definition, hold no mark). */
function splitUncited(pieces: Piece[], uncited: readonly Span[]): Piece[] {
  return pieces.flatMap((p): Piece[] => {
    if (p.kind !== 'text') return [p];
    const out: Piece[] = [];
    let pos = p.start;
    for (const s of uncited) {
      if (s.end <= pos || s.start >= p.end) continue;
      const start = Math.max(s.start, pos);
      const end = Math.min(s.end, p.end);
      if (start > pos) out.push({ kind: 'text', start: pos, end: start, uncited: false });
      out.push({ kind: 'text', start, end, uncited: true });
      pos = end;
    }
    if (pos < p.end) out.push({ kind: 'text', start: pos, end: p.end, uncited: false });
    return out;
  });
}
