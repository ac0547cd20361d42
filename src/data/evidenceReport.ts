import type { Dataset } from '../model';
import {
  classifyQuote,
  prepareTexts,
  sentenceCoverage,
  type QuoteAnchor,
  type QuoteHealth,
  type Span,
} from './anchor';

/** One evidence item read against its source text. */
export interface QuoteReport {
  relation: string;
  /** The evidence item's place in the relation's list, from 0. */
  index: number;
  source: string;
  quote: string;
  anchor: QuoteAnchor;
}

/** One source: its sentences, and those no relation cites. */
export interface SourceReport {
  id: string;
  file: string;
  hasText: boolean;
  sentences: number;
  cited: number;
  uncited: { span: Span; text: string }[];
}

export interface EvidenceReport {
  quotes: QuoteReport[];
  sources: SourceReport[];
  counts: Record<QuoteHealth, number>;
}

/**
 * Every quote of a dataset against the texts of its sources (file name →
 * text, as the validator reads them), and per source the sentences no quote
 * touches. Pure: the CLI and the tests read the files.
 */
export function evidenceReport(
  dataset: Dataset,
  textsByFile: ReadonlyMap<string, string>,
): EvidenceReport {
  const raw = new Map<string, string>();
  for (const s of dataset.sources) {
    const t = textsByFile.get(s.file);
    if (t !== undefined) raw.set(s.id, t);
  }
  const texts = prepareTexts(raw);
  const quotes: QuoteReport[] = [];
  for (const r of dataset.relations)
    r.evidence.forEach((ev, index) =>
      quotes.push({
        relation: r.id,
        index,
        source: ev.source,
        quote: ev.quote,
        anchor: classifyQuote(texts, ev.source, ev.quote, ev.sentence),
      }),
    );
  const counts: Record<QuoteHealth, number> = { exact: 0, normalized: 0, elsewhere: 0, missing: 0 };
  for (const q of quotes) counts[q.anchor.health]++;
  const sources = dataset.sources.map((s): SourceReport => {
    const text = raw.get(s.id);
    if (text === undefined)
      return { id: s.id, file: s.file, hasText: false, sentences: 0, cited: 0, uncited: [] };
    const spans = quotes
      .filter((q) => q.source === s.id && q.anchor.span)
      .flatMap((q) => [q.anchor.span!, ...q.anchor.repeats]);
    const c = sentenceCoverage(text, spans);
    return {
      id: s.id,
      file: s.file,
      hasText: true,
      sentences: c.sentences.length,
      cited: c.citedCount,
      uncited: c.sentences
        .filter((_s, i) => !c.cited[i])
        .map((span) => ({ span, text: text.slice(span.start, span.end) })),
    };
  });
  return { quotes, sources, counts };
}

/** What makes `npm run evidence` fail: a quote not in its cited source. */
export function evidenceFails(report: EvidenceReport): boolean {
  return report.counts.missing + report.counts.elsewhere > 0;
}
