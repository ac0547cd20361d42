/**
 * Anchoring quotes in texts (src/data/anchor.ts) and an article's pieces
 * (src/graph/article.ts): overlapping quotes, repeated passages, typographic
 * quotes and a changed text, on small fixtures and on the bundled dataset.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  anchorInText,
  classifyQuote,
  closestPassage,
  prepareText,
  prepareTexts,
  sentenceCoverage,
} from '../../src/data/anchor';
import { evidenceReport } from '../../src/data/evidenceReport';
import { loadDatasetFromDir, readSourceTexts } from '../../src/data/node';
import {
  buildArticle,
  parseQuoteKey,
  quoteKey,
  relationWording,
  type Piece,
} from '../../src/graph/article';
import { buildGraph } from '../../src/graph/build';

const TEXT = [
  'Harbour talks open',
  '',
  'Minister Lan Nguyen and Secretary Tom Baker co-chaired the talks in Hanoi.',
  '',
  'Lan Nguyen said Vietnam’s commitment “remains firm,   as',
  'always”. The talks ended.',
  '',
  'The talks ended.',
].join('\n');
const t = prepareText(TEXT);
const slice = (s: { start: number; end: number }) => TEXT.slice(s.start, s.end);

describe('anchorInText', () => {
  it('finds a verbatim quote as exact, at its offsets', () => {
    const a = anchorInText(t, 'Secretary Tom Baker co-chaired the talks')!;
    expect(a.health).toBe('exact');
    expect(slice(a.span)).toBe('Secretary Tom Baker co-chaired the talks');
  });

  it('finds a typographic quote with straight marks and other spacing as normalized, mapped back to the original', () => {
    const a = anchorInText(t, `Vietnam's commitment "remains firm, as always"`)!;
    expect(a.health).toBe('normalized');
    expect(slice(a.span)).toBe('Vietnam’s commitment “remains firm,   as\nalways”');
  });

  it('a repeated passage: the first occurrence, the other kept as a repeat; the stored sentence picks one', () => {
    const a = anchorInText(t, 'The talks ended.')!;
    expect(a.span.start).toBe(TEXT.indexOf('The talks ended.'));
    expect(a.repeats).toEqual([{ start: TEXT.lastIndexOf('The talks ended.'), end: TEXT.length }]);
    // A sentence that occurs only around the second copy chooses it.
    const u = prepareText('A. The talks ended. B.\n\nC said: The talks ended. Really.');
    const b = anchorInText(u, 'The talks ended.', 'C said: The talks ended. Really.')!;
    expect(b.span.start).toBe(u.text.lastIndexOf('The talks ended.'));
  });

  it('is undefined when the words are not there', () => {
    expect(anchorInText(t, 'Tom Baker chaired the talks')).toBeUndefined();
  });
});

describe('classifyQuote and a changed text', () => {
  const changed = TEXT.replace('co-chaired the talks in Hanoi', 'jointly led the talks in Hanoi');
  const texts = prepareTexts(
    new Map([
      ['s-old', TEXT],
      ['s-new', changed],
    ]),
  );

  it('a quote the corrected text no longer holds is elsewhere when another source has it', () => {
    const a = classifyQuote(texts, 's-new', 'Tom Baker co-chaired the talks in Hanoi');
    expect(a).toMatchObject({ health: 'elsewhere', foundIn: 's-old' });
  });

  it('missing: the closest passage is suggested, never applied', () => {
    const only = prepareTexts(new Map([['s-new', changed]]));
    const a = classifyQuote(only, 's-new', 'Tom Baker co-chaired the talks in Hanoi');
    expect(a.health).toBe('missing');
    expect(a.span).toBeUndefined();
    expect(a.suggestion!.text).toContain('Tom Baker jointly led the talks in Hanoi');
    expect(a.suggestion!.errors).toBeGreaterThan(0);
  });

  it('no suggestion when nothing is close; noText when the source has no text', () => {
    expect(closestPassage(t, 'Completely unrelated words about fisheries quotas')).toBeUndefined();
    expect(classifyQuote(texts, 's-none', 'anything')).toMatchObject({
      health: 'missing',
      noText: true,
    });
  });
});

describe('sentence coverage', () => {
  it('counts the sentences a quote touches', () => {
    const a = anchorInText(t, 'Lan Nguyen and Secretary')!;
    const c = sentenceCoverage(TEXT, [a.span]);
    expect(c.sentences.map(slice)).toContain(
      'Minister Lan Nguyen and Secretary Tom Baker co-chaired the talks in Hanoi.',
    );
    expect(c.citedCount).toBe(1);
    expect(c.cited.filter((x) => !x)).toHaveLength(c.sentences.length - 1);
  });
});

describe('quote keys', () => {
  it('round-trip, from 1 in the address; the last colon separates', () => {
    expect(quoteKey('a.co_chaired.b', 0)).toBe('a.co_chaired.b:1');
    expect(parseQuoteKey('a.co_chaired.b:2')).toEqual({ relation: 'a.co_chaired.b', index: 1 });
    expect(parseQuoteKey('urn:x:rel:3')).toEqual({ relation: 'urn:x:rel', index: 2 });
    for (const bad of ['nokey', ':1', 'a:0', 'a:-1', 'a:1.5', 'a:'])
      expect(parseQuoteKey(bad)).toBeUndefined();
  });
});

/** Every mark of a piece tree, depth first. */
function marks(pieces: readonly Piece[]): Extract<Piece, { kind: 'mark' }>[] {
  return pieces.flatMap((p) => (p.kind === 'mark' ? [p, ...marks(p.children)] : []));
}

describe('buildArticle on the valid fixture (overlapping and typographic quotes)', async () => {
  const dir = path.resolve('tests/fixtures/valid');
  const { dataset } = await loadDatasetFromDir(dir);
  const { graph } = buildGraph(dataset);
  const text = readFileSync('tests/fixtures/sources/harbour-dialogue.txt', 'utf8');
  const a = buildArticle(graph, 's-harbour', text);

  it('gives every quote citing the source exactly one mark of its own', () => {
    const own = marks(a.pieces).filter((m) => !m.continued);
    const citing = graph.reduceEdges(
      (n, _e, x) => n + x.evidence.filter((ev) => ev.source === 's-harbour').length,
      0,
    );
    expect(own).toHaveLength(citing);
    expect(new Set(own.map((m) => m.key)).size).toBe(citing);
  });

  it('nests a quote inside another, cuts a crossing one, and loses no character', () => {
    const all = marks(a.pieces);
    const outer = all.find((m) => m.key === 'lan-nguyen.co_chaired.harbour-dialogue-3:1')!;
    expect(marks(outer.children).map((m) => m.key)).toContain(
      'tom-baker.co_chaired.harbour-dialogue-3:1',
    );
    // "co-chaired the third Harbour Dialogue in Hanoi" crosses the end of the co-chair quotes.
    const held = all.filter((m) => m.key === 'harbour-dialogue-3.held_in.hanoi:1');
    expect(held.length).toBeGreaterThan(1);
    expect(held.filter((m) => !m.continued)).toHaveLength(1);
    expect(held.map((m) => text.slice(m.start, m.end)).join('')).toContain(
      'co-chaired the third Harbour Dialogue',
    );
    const flat = (ps: readonly Piece[]): string =>
      ps.map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : flat(p.children))).join('');
    expect(flat(a.pieces)).toBe(text);
  });

  it('marks typographic quotes as normalized and words each relation its own way', () => {
    const q = a.quotes.find((x) => x.relation === 'vietnam.committed_to.harbour-accord')!;
    expect(q.anchor.health).toBe('normalized');
    expect(relationWording(graph, 'lan-nguyen.co_chaired.harbour-dialogue-3')).toBe(
      'Lan Nguyen — co-chaired → 3rd Harbour Dialogue',
    );
  });

  it('cuts uncited sentences out of the plain text only', () => {
    const uncited = a.pieces.filter((p) => p.kind === 'text' && p.uncited);
    expect(uncited.map((p) => text.slice(p.start, p.end))).toContain(
      'Harbour Dialogue held in Hanoi',
    );
    expect(uncited).toHaveLength(a.coverage.sentences.length - a.coverage.citedCount);
  });
});

describe('the bundled dataset', async () => {
  const { dataset } = await loadDatasetFromDir('graph-data');
  const texts = await readSourceTexts('graph-data/sources');
  it('every quote is exact in its cited source', () => {
    const r = evidenceReport(dataset, texts);
    expect(r.counts).toEqual({
      exact: r.quotes.length,
      normalized: 0,
      elsewhere: 0,
      missing: 0,
    });
    for (const s of r.sources) expect(s.cited).toBeGreaterThan(0);
  });
});
