/**
 * The names of a dataset's entities where they occur in a text (curating:
 * the Article underlines them). Found as the top bar's search finds them —
 * case and Vietnamese diacritics ignored — on whole words only; where names
 * overlap the longest wins. A name written in capitals ("US", "UN", "DOC")
 * matches only in capitals, so the pronoun "us" is not the United States.
 */

export interface NamedEntity {
  id: string;
  label: string;
  aliases?: readonly string[];
}

export interface NameSpan {
  start: number;
  end: number;
  /** The entity the name belongs to. */
  id: string;
  /** The name or alias as the dataset writes it. */
  name: string;
}

const WORD = /[\p{L}\p{N}]/u;

/** Diacritics off, đ → d; case kept. */
const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

/** The text folded (as foldText does) with, for each folded unit, the index it came from. */
export function foldWithMap(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = strip(ch).toLowerCase();
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += ch.length;
  }
  return { folded, from };
}

const isAcronym = (name: string) =>
  !/\p{Ll}/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

interface Candidate {
  folded: string;
  id: string;
  name: string;
  acronym: boolean;
}

/** Every name and alias, folded; the first entity keeps a name two share. */
function candidates(entities: readonly NamedEntity[]): Map<string, Candidate[]> {
  const seen = new Set<string>();
  const byFirst = new Map<string, Candidate[]>();
  for (const e of entities) {
    for (const name of [e.label, ...(e.aliases ?? [])]) {
      const folded = foldWithMap(name.trim()).folded;
      const key = `${isAcronym(name) ? 'A' : 'a'}${folded}`;
      if (!folded || !WORD.test(folded[0]!) || seen.has(key)) continue;
      seen.add(key);
      const first = folded[0]!;
      const list = byFirst.get(first) ?? [];
      list.push({ folded, id: e.id, name: name.trim(), acronym: isAcronym(name) });
      byFirst.set(first, list);
    }
  }
  return byFirst;
}

/** Where the entities' names occur in `text`, in reading order, none overlapping. */
export function findNames(text: string, entities: readonly NamedEntity[]): NameSpan[] {
  const { folded, from } = foldWithMap(text);
  const byFirst = candidates(entities);
  const found: NameSpan[] = [];
  const at = (k: number) => (k < from.length ? from[k]! : text.length);
  for (let i = 0; i < folded.length; i++) {
    // A name starts a word: not just after a letter or digit.
    if (i > 0 && WORD.test(folded[i - 1]!)) continue;
    for (const c of byFirst.get(folded[i]!) ?? []) {
      if (!folded.startsWith(c.folded, i)) continue;
      const end = i + c.folded.length;
      // …and ends one (a name ending in "." needs no more).
      if (end < folded.length && WORD.test(folded[end]!) && WORD.test(folded[end - 1]!)) continue;
      const start = at(i);
      const stop = at(end);
      if (c.acronym && strip(text.slice(start, stop)) !== strip(c.name)) continue;
      found.push({ start, end: stop, id: c.id, name: c.name });
    }
  }
  return longestFirst(found);
}

/** Overlapping names: the longest stays (the earlier of two as long). */
function longestFirst(spans: NameSpan[]): NameSpan[] {
  const byLength = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: NameSpan[] = [];
  for (const s of byLength) {
    if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
