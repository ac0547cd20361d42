/**
 * What a selection in an article becomes: the quote exactly as selected
 * (trimmed of the spaces a selection drags along), the sentence of the source
 * text that holds it, ids for new entities and relations that do not collide.
 */

export interface Passage {
  quote: string;
  sentence?: string;
  /** Where the quote starts in the source text. */
  start: number;
}

/**
 * Finds a selected passage in its source text: the occurrence nearest `near`
 * (the offset the selection started at, when known), and its sentence.
 * Undefined when the text does not hold it verbatim.
 */
export function passageIn(text: string, selected: string, near = 0): Passage | undefined {
  const quote = selected.trim();
  if (!quote) return undefined;
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  if (best < 0) return undefined;
  const sentence = sentenceAround(text, best, best + quote.length);
  return { quote, start: best, ...(sentence ? { sentence } : {}) };
}

/** The sentence (Intl.Segmenter, English rules) spanning [start, end), or undefined when the quote crosses sentences. */
export function sentenceAround(text: string, start: number, end: number): string | undefined {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const s of seg.segment(text)) {
    const sEnd = s.index + s.segment.length;
    if (start >= s.index && end <= sEnd) {
      const sentence = s.segment.trim();
      // A line break inside a "sentence" is a paragraph end the segmenter missed: keep the line.
      const lines = sentence.split(/\n+/);
      const offset = start - s.index - (s.segment.length - s.segment.trimStart().length);
      let pos = 0;
      for (const line of lines) {
        const lineStart = sentence.indexOf(line, pos);
        if (offset >= lineStart && offset + (end - start) <= lineStart + line.length)
          return line.trim();
        pos = lineStart + line.length;
      }
      return undefined;
    }
  }
  return undefined;
}

/** A lowercase slug for a new id ("Lê Hoài Trung" → "le-hoai-trung"). */
export function slug(label: string): string {
  return (
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'entity'
  );
}

/** `base`, or `base-2`, `base-3`… — the first not taken. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
