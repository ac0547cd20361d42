import type { Relation, Source } from '../../model';
import type { Problem } from '../problems';
import { normalizeForQuoteMatch, quoteOccursIn } from '../quotes';
import { problemAt, type Located } from './located';

/**
 * Evidence cites known sources; when the source texts are given, each quote
 * and each stored sentence occurs in its source, and each quote occurs in its
 * own sentence (checked with or without the texts).
 */
export function checkEvidence(
  problems: Problem[],
  sources: readonly Located<Source>[],
  relations: readonly Located<Relation>[],
  sourceTexts: ReadonlyMap<string, string> | undefined,
) {
  const sourceById = new Map(sources.map((s) => [s.value.id, s.value]));
  const textFor = normalizedTexts(sourceTexts);
  if (sourceTexts) checkTextsPresent(problems, sources, sourceTexts);
  for (const r of relations) {
    r.value.evidence.forEach((ev, i) => {
      if (
        ev.sentence !== undefined &&
        !quoteOccursIn(ev.quote, normalizeForQuoteMatch(ev.sentence))
      )
        problems.push(
          problemAt(r, ['evidence', i, 'sentence'], {
            code: 'quote-not-in-sentence',
            message: `the quote is not part of its sentence: "${truncate(ev.quote, 80)}"`,
            hint: '"sentence" is the whole sentence of the source that contains the quote: copy it from the source text.',
          }),
        );
      const src = sourceById.get(ev.source);
      if (!src) {
        problems.push(
          problemAt(r, ['evidence', i, 'source'], {
            code: 'unknown-source',
            message: `evidence cites source "${ev.source}", which is not in sources.json`,
            hint: `Use one of: ${[...sourceById.keys()].join(', ') || '(no sources defined)'}.`,
          }),
        );
        return;
      }
      const text = textFor(src.file);
      if (text === undefined) return;
      if (!quoteOccursIn(ev.quote, text))
        problems.push(
          problemAt(r, ['evidence', i, 'quote'], {
            code: 'quote-not-found',
            message: `quote not found in ${src.file}: "${truncate(ev.quote, 80)}"`,
            hint: 'Copy the excerpt exactly from the source text (whitespace and quote styles may differ; words may not).',
          }),
        );
      if (ev.sentence !== undefined && !quoteOccursIn(ev.sentence, text))
        problems.push(
          problemAt(r, ['evidence', i, 'sentence'], {
            code: 'sentence-not-found',
            message: `sentence not found in ${src.file}: "${truncate(ev.sentence, 80)}"`,
            hint: 'Copy the whole sentence exactly from the source text.',
          }),
        );
    });
  }
}

function checkTextsPresent(
  problems: Problem[],
  sources: readonly Located<Source>[],
  sourceTexts: ReadonlyMap<string, string>,
) {
  for (const s of sources) {
    if (sourceTexts.has(s.value.file)) continue;
    problems.push(
      problemAt(s, ['file'], {
        code: 'source-text-missing',
        message: `the text of source "${s.value.id}" (${s.value.file}) is not in the sources directory`,
        hint: 'Put the article text in the sources directory under this file name, or fix "file".',
      }),
    );
  }
}

/** Normalizes each source text once, on first use. */
function normalizedTexts(sourceTexts: ReadonlyMap<string, string> | undefined) {
  const cache = new Map<string, string>();
  return (fileName: string): string | undefined => {
    const raw = sourceTexts?.get(fileName);
    if (raw === undefined) return undefined;
    let n = cache.get(fileName);
    if (n === undefined) cache.set(fileName, (n = normalizeForQuoteMatch(raw)));
    return n;
  };
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
