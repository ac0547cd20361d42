import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/data/edits/apply';
import { addSource } from '../../src/data/edits/builders';
import { newSource, sourceIdFor, textOfFile } from '../../src/data/edits/newSource';
import {
  allJsonFiles,
  changedFiles,
  openWorkspace,
  type Workspace,
} from '../../src/data/edits/workspace';
import { readDataDir, readSourceTexts } from '../../src/data/node';
import { sentenceSpans } from '../../src/data/quotes';
import { foldText } from '../../src/data/text';
import { validateFiles } from '../../src/data/validate';
import { moveSelection, wordSpans } from '../../src/graph/keySelection';
import { findNames, foldWithMap, type NamedEntity } from '../../src/graph/nameSpans';

const ROOT = path.resolve(import.meta.dirname, '../..');

const PEOPLE: NamedEntity[] = [
  { id: 'ha-kim-ngoc', label: 'Hà Kim Ngọc', aliases: ['Ngoc'] },
  { id: 'us', label: 'United States', aliases: ['US', 'U.S.'] },
  { id: 'psd', label: 'Political, Security and Defence Dialogue' },
  { id: 'psd-10', label: '10th Political, Security and Defence Dialogue' },
  { id: 'hanoi', label: 'Hanoi' },
  { id: 'danang', label: 'Đà Nẵng' },
];

const names = (text: string, entities = PEOPLE) =>
  findNames(text, entities).map((s) => [text.slice(s.start, s.end), s.id]);

describe('names in an article', () => {
  it('are found whatever their case and diacritics, as the search finds them', () => {
    expect(names('Deputy Minister HA KIM NGOC met in Da Nang and đà nẵng.')).toEqual([
      ['HA KIM NGOC', 'ha-kim-ngoc'],
      ['Da Nang', 'danang'],
      ['đà nẵng', 'danang'],
    ]);
    // Text written with combining marks (NFD) maps back to its own offsets.
    const nfd = 'Met Ha\u0300 Kim Ngo\u0323c today';
    expect(names(nfd)).toEqual([['Ha\u0300 Kim Ngo\u0323c', 'ha-kim-ngoc']]);
  });

  it('prefer the longest where names overlap', () => {
    expect(names('the 10th Political, Security and Defence Dialogue opened')).toEqual([
      ['10th Political, Security and Defence Dialogue', 'psd-10'],
    ]);
    expect(names('Ha Kim Ngoc said; Ngoc added')).toEqual([
      ['Ha Kim Ngoc', 'ha-kim-ngoc'],
      ['Ngoc', 'ha-kim-ngoc'],
    ]);
  });

  it('match whole words only', () => {
    expect(names('Hanoian food; Hanoi2; in Hanoi, and (Hanoi).')).toEqual([
      ['Hanoi', 'hanoi'],
      ['Hanoi', 'hanoi'],
    ]);
    expect(names('the U.S. side and the US side')).toEqual([
      ['U.S.', 'us'],
      ['US', 'us'],
    ]);
  });

  it('written in capitals, match only in capitals (the pronoun "us" is not the US)', () => {
    expect(names('they told us that the US agreed')).toEqual([['US', 'us']]);
  });

  it('fold to the same text as foldText, every unit mapped to where it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const { folded, from } = foldWithMap(s);
        expect(folded).toBe(
          foldText(s)
            .normalize('NFD')
            .replace(/\p{M}+/gu, ''),
        );
        expect(from.length).toBe(folded.length);
        for (let i = 1; i < from.length; i++) expect(from[i]!).toBeGreaterThanOrEqual(from[i - 1]!);
      }),
    );
  });

  it('never overlap and always lie inside the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('Hanoi ', 'US ', 'us ', 'Ha Kim Ngọc ', 'U.S.', 'x', ', ', 'Ngoc'),
        ),
        (parts) => {
          const text = parts.join('');
          const spans = findNames(text, PEOPLE);
          for (let i = 0; i < spans.length; i++) {
            const s = spans[i]!;
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
          }
        },
      ),
    );
  });
});

const TEXT =
  'HANOI, March 30 (VNA) – The dialogue opened. Deputy Minister Ha Kim Ngoc co-chaired it.\nThe two sides agreed to meet again.';
const SENTENCES = sentenceSpans(TEXT);
const slice = (r: { start: number; end: number } | undefined) =>
  r ? TEXT.slice(r.start, r.end) : undefined;

describe('selecting a passage by keys', () => {
  it('selects the sentence at a place, then steps by sentence', () => {
    const at = TEXT.indexOf('Ngoc');
    const s = moveSelection(TEXT, SENTENCES, undefined, { kind: 'sentence', at });
    expect(slice(s)).toBe('Deputy Minister Ha Kim Ngoc co-chaired it.');
    const next = moveSelection(TEXT, SENTENCES, s, { kind: 'step', by: 1 });
    expect(slice(next)).toBe('The two sides agreed to meet again.');
    // The last stays the last.
    expect(moveSelection(TEXT, SENTENCES, next, { kind: 'step', by: 1 })).toEqual(next);
    expect(slice(moveSelection(TEXT, SENTENCES, next, { kind: 'step', by: -1 }))).toBe(slice(s));
  });

  it('moves the end by a word or a sentence, and the start by a word', () => {
    let s = moveSelection(TEXT, SENTENCES, undefined, {
      kind: 'sentence',
      at: TEXT.indexOf('Deputy'),
    });
    s = moveSelection(TEXT, SENTENCES, s, { kind: 'end', unit: 'word', by: -1 });
    expect(slice(s)).toBe('Deputy Minister Ha Kim Ngoc co-chaired');
    s = moveSelection(TEXT, SENTENCES, s, { kind: 'start', by: 1 });
    s = moveSelection(TEXT, SENTENCES, s, { kind: 'start', by: 1 });
    expect(slice(s)).toBe('Ha Kim Ngoc co-chaired');
    s = moveSelection(TEXT, SENTENCES, s, { kind: 'end', unit: 'word', by: 1 });
    expect(slice(s)).toBe('Ha Kim Ngoc co-chaired it.');
    s = moveSelection(TEXT, SENTENCES, s, { kind: 'end', unit: 'sentence', by: 1 });
    expect(slice(s)).toBe('Ha Kim Ngoc co-chaired it.\nThe two sides agreed to meet again.');
    s = moveSelection(TEXT, SENTENCES, s, { kind: 'end', unit: 'sentence', by: -1 });
    expect(slice(s)).toBe('Ha Kim Ngoc co-chaired it.');
    s = moveSelection(TEXT, SENTENCES, s, { kind: 'start', by: -1 });
    expect(slice(s)).toBe('Minister Ha Kim Ngoc co-chaired it.');
  });

  it('never empties the selection', () => {
    let s = moveSelection(TEXT, SENTENCES, undefined, { kind: 'sentence', at: 0 });
    for (let i = 0; i < 30; i++)
      s = moveSelection(TEXT, SENTENCES, s, { kind: 'end', unit: 'word', by: -1 });
    expect(slice(s)?.length).toBeGreaterThan(0);
    for (let i = 0; i < 30; i++) s = moveSelection(TEXT, SENTENCES, s, { kind: 'start', by: 1 });
    expect(s!.end).toBeGreaterThan(s!.start);
  });

  it('reads words with their inner dots and dashes', () => {
    expect(
      wordSpans('the U.S. co-chaired talks').map((w) =>
        'the U.S. co-chaired talks'.slice(w.start, w.end),
      ),
    ).toEqual(['the', 'U.S.', 'co-chaired', 'talks']);
  });
});

async function bundled(): Promise<Workspace> {
  const json = await readDataDir(path.join(ROOT, 'graph-data'));
  const texts = await readSourceTexts(path.join(ROOT, 'graph-data/sources'));
  return openWorkspace(
    json,
    [...texts].map(([name, text]) => ({ name: `sources/${name}`, text })),
  );
}

describe('a new source', () => {
  it('is its entry in sources.json and its text, verbatim, in sources/; the folder validates', async () => {
    const ws = await bundled();
    const text = 'HANOI – Ha Kim Ngoc met the delegation.\r\nIt ended.  \n';
    const r = newSource(ws, { text, title: '  A test article ', publisher: '', published: '' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.source).toEqual({
      id: 's005-a-test-article',
      title: 'A test article',
      language: 'en',
      file: 's005-a-test-article.txt',
    });
    const { ws: next } = applyEdit(ws, addSource(ws, r.source, r.text));
    expect(next.texts.get('sources/s005-a-test-article.txt')).toBe(text);
    expect(changedFiles(next).map((f) => f.name)).toEqual([
      'sources.json',
      'sources/s005-a-test-article.txt',
    ]);
    const v = validateFiles(allJsonFiles(next), {
      sourceTexts: new Map([...next.texts].map(([n, t]) => [n.replace(/^sources\//, ''), t])),
    });
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(sourceIdFor(next, 'A test article')).toBe('s006-a-test-article');
  });

  it('keeps a publisher and a date only when given', async () => {
    const ws = await bundled();
    const r = newSource(ws, {
      text: 'x',
      title: 'T',
      publisher: 'VietnamPlus',
      published: '2024-03',
      language: 'vi',
    });
    expect(r.ok && r.source).toMatchObject({
      publisher: 'VietnamPlus',
      published: '2024-03',
      language: 'vi',
    });
  });

  it('says what is wrong, by field: empty text, no title, a taken id, a bad date', async () => {
    const ws = await bundled();
    const r = newSource(ws, { text: ' \n ', title: '', published: 'March 2024' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.text).toMatch(/empty/);
    expect(r.errors.title).toMatch(/title/);
    expect(r.errors.published).toMatch(/YYYY-MM-DD/);
    const clash = newSource(ws, { text: 'x', title: 'T', id: 's004-10th-psd-dialogue' });
    expect(!clash.ok && clash.errors.id).toBe(
      'The id "s004-10th-psd-dialogue" is taken (by a source): choose another.',
    );
    const entity = newSource(ws, { text: 'x', title: 'T', id: 'hanoi' });
    expect(!entity.ok && entity.errors.id).toMatch(/taken \(by an entity\)/);
    const bad = newSource(ws, { text: 'x', title: 'T', id: '../etc' });
    expect(!bad.ok && bad.errors.id).toMatch(/only letters, digits/);
  });

  it('takes a chosen file only when it is UTF-8 text', () => {
    const enc = new TextEncoder();
    expect(textOfFile('a.txt', enc.encode('\uFEFFHà Nội'))).toEqual({ ok: true, text: 'Hà Nội' });
    expect(textOfFile('a.pdf', enc.encode('x'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a \.txt file/),
    });
    expect(textOfFile('a.txt', new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not UTF-8/),
    });
    expect(textOfFile('a.txt', new Uint8Array([0x41, 0, 0x42]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/binary/),
    });
    expect(textOfFile('a.txt', enc.encode('  \n'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/empty/),
    });
  });
});
