import type { Dataset } from '../../model';

/**
 * The side a person usually speaks for: the one their single-sided statements
 * (as the one stating, or as a speaker) name most often. The New relation
 * dialog offers it for Side, so a statement by a known speaker is complete
 * without a search; undefined when the dataset has no such statement.
 */
export function usualSide(dataset: Pick<Dataset, 'relations'>, person: string): string | undefined {
  const counts = new Map<string, number>();
  for (const r of dataset.relations) {
    const sides = r.on_behalf_of ?? [];
    if (sides.length !== 1) continue;
    if (r.source !== person && !(r.by ?? []).includes(person)) continue;
    counts.set(sides[0]!, (counts.get(sides[0]!) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [side, n] of counts) if (!best || n > counts.get(best)!) best = side;
  return best;
}
