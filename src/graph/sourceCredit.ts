import type { Source } from '../model';

/** What a source states about itself beyond its title: "VietnamPlus, 2023-04-01", or "" when nothing. */
export function sourceCredit(s: Pick<Source, 'publisher' | 'published'>): string {
  return [s.publisher, s.published].filter(Boolean).join(', ');
}

/**
 * One sentence for a whole source list about what the texts leave out, so the
 * list need not repeat "publisher not stated, date not stated" on every line.
 * Undefined when every source states both.
 */
export function unstatedNote(
  sources: readonly Pick<Source, 'publisher' | 'published'>[],
): string | undefined {
  const noPublisher = sources.filter((s) => !s.publisher).length;
  const noDate = sources.filter((s) => !s.published).length;
  if (!noPublisher && !noDate) return undefined;
  const all = sources.length;
  if (noPublisher === all && noDate === all)
    return all === 1
      ? 'Its publisher and date are not stated in the text.'
      : 'Publisher and date are not stated for these sources.';
  const parts: string[] = [];
  if (noPublisher) parts.push(`${noPublisher} of ${all} sources state no publisher`);
  if (noDate)
    parts.push(
      noPublisher ? `${noDate} of ${all} no date` : `${noDate} of ${all} sources state no date`,
    );
  return `${parts.join(' and ')}; only what a text states is shown.`;
}
