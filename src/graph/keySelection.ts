/**
 * Selecting a passage of an article by keys (curating without a pointer):
 * a whole sentence first, then its end or its start moved by a word or a
 * sentence. Offsets into the article's text; pure.
 */

export interface TextRange {
  start: number;
  end: number;
}

export type SelectionMove =
  /** The sentence holding `at` (or the first after it). */
  | { kind: 'sentence'; at: number }
  /** The next or previous whole sentence. */
  | { kind: 'step'; by: 1 | -1 }
  /** The end moved by words or sentences; the start moved by words. */
  | { kind: 'end'; unit: 'word' | 'sentence'; by: 1 | -1 }
  | { kind: 'start'; by: 1 | -1 };

/** Words: runs of letters and digits, with the apostrophes, dots and dashes inside them. */
export function wordSpans(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*\.?%?/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** What a key does to the selection; the selection never empties nor leaves the text. */
export function moveSelection(
  text: string,
  sentences: readonly TextRange[],
  sel: TextRange | undefined,
  move: SelectionMove,
): TextRange | undefined {
  if (!sentences.length) return sel;
  const holding = (at: number) =>
    sentences.findIndex((s) => at < s.end) >= 0
      ? sentences.findIndex((s) => at < s.end)
      : sentences.length - 1;
  if (move.kind === 'sentence' || !sel) {
    const s = sentences[holding(move.kind === 'sentence' ? move.at : 0)]!;
    return { start: s.start, end: s.end };
  }
  if (move.kind === 'step') {
    const i = holding(move.by > 0 ? sel.end - 1 : sel.start);
    const s = sentences[Math.max(0, Math.min(sentences.length - 1, i + move.by))]!;
    return { start: s.start, end: s.end };
  }
  const words = wordSpans(text);
  if (move.kind === 'end' && move.unit === 'word') {
    const w =
      move.by > 0
        ? words.find((x) => x.end > sel.end)
        : words.findLast((x) => x.end < sel.end && x.end > sel.start);
    return w ? { start: sel.start, end: w.end } : sel;
  }
  if (move.kind === 'end') {
    const s =
      move.by > 0
        ? sentences.find((x) => x.end > sel.end)
        : sentences.findLast((x) => x.end < sel.end && x.end > sel.start);
    return s ? { start: sel.start, end: s.end } : sel;
  }
  const w =
    move.by > 0
      ? words.find((x) => x.start > sel.start && x.start < sel.end)
      : words.findLast((x) => x.start < sel.start);
  return w ? { start: w.start, end: sel.end } : sel;
}
