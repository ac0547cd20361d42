/**
 * Quotes in their sentences (src/data/quotes.ts): finding the sentence of a
 * source that holds a quote, and splitting it around the quote for marking.
 * Checked on the real articles too: every stored sentence is what the source
 * gives, so `npm run sentences -- --check` would find nothing to change.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findQuote, markQuote, sentenceAround, sentenceSpans } from '../../src/data/quotes';
import { loadDatasetFromDir } from '../../src/data/node';
import type { Dataset } from '../../src/model';

describe('sentences', () => {
  it('splits on . ! ? before a capital and on line breaks, not after U.S. or U.N.', () => {
    const text =
      'The U.S. Under Secretary spoke. She said yes!\nPhoto: X | Then the U.N. Charter was cited.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. Under Secretary spoke.',
      'She said yes!',
      'Photo: X | Then the U.N. Charter was cited.',
    ]);
  });

  it('finds the sentence holding a quote, across whitespace and quote-mark differences', () => {
    const text = 'First one. The two sides’ effective\n realization was praised. Last one.';
    expect(sentenceAround(text, "two sides' effective realization")).toBe(
      'The two sides’ effective realization was praised.',
    );
    expect(sentenceAround(text, 'not there')).toBeUndefined();
  });

  it("keeps a page's date line out of the first sentence", () => {
    const text = ' date 2023-04-01 The dialogue was held. It went well.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'date 2023-04-01',
      'The dialogue was held.',
      'It went well.',
    ]);
    expect(sentenceAround(text, 'dialogue was held')).toBe('The dialogue was held.');
    // only at the start of a line: "date" inside a sentence is text
    expect(sentenceAround('We set the date 2023-04-01 for it.', 'set')).toBe(
      'We set the date 2023-04-01 for it.',
    );
  });

  it('takes a quote that a photo caption repeats from the body text', () => {
    const text =
      'Son (R) and Secretary Andrea Thompson (Photo: Ministry) |\nThe event was co-chaired by Son and Secretary Andrea Thompson. Next.';
    expect(sentenceAround(text, 'Secretary Andrea Thompson')).toBe(
      'The event was co-chaired by Son and Secretary Andrea Thompson.',
    );
    const caption = 'He affirmed it. Photo: Ministry |\nHe affirmed it and more.';
    expect(sentenceAround(caption, 'He affirmed it')).toBe('He affirmed it and more.');
    // a quote only in a caption still has its sentence
    expect(sentenceAround(text, 'Son (R)')).toBe(
      'Son (R) and Secretary Andrea Thompson (Photo: Ministry) |',
    );
  });

  it('spans two sentences when the quote does', () => {
    expect(sentenceAround('A b. C d. E f.', 'b. C')).toBe('A b. C d.');
  });

  it('splits a sentence around its quote, keeping the original characters', () => {
    const sentence =
      'She stressed that the U.S. is committed to “maintaining  resources” for Vietnam.';
    expect(markQuote(sentence, 'the U.S. is committed to "maintaining resources"')).toEqual({
      before: 'She stressed that ',
      quote: 'the U.S. is committed to “maintaining  resources”',
      after: ' for Vietnam.',
    });
    expect(markQuote(sentence, 'committed to Laos')).toBeUndefined();
    expect(findQuote(sentence, '   ')).toBeUndefined();
  });
});

describe('the stored sentences of the bundled dataset', () => {
  const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
  const SOURCES_DIR = fileURLToPath(new URL('../../graph-data/sources', import.meta.url));
  let dataset: Dataset;
  beforeAll(async () => {
    ({ dataset } = await loadDatasetFromDir(DATA_DIR));
  });

  it('are each the whole sentence of the source around the quote (or absent when the quote is one)', () => {
    const text = new Map(
      dataset.sources.map((s) => [s.id, readFileSync(`${SOURCES_DIR}/${s.file}`, 'utf8')]),
    );
    let stored = 0;
    for (const r of dataset.relations)
      for (const ev of r.evidence) {
        const around = sentenceAround(text.get(ev.source)!, ev.quote);
        expect(around, `${r.id}: ${ev.quote}`).toBeDefined();
        if (ev.sentence) {
          stored++;
          expect(ev.sentence, r.id).toBe(around);
          expect(markQuote(ev.sentence, ev.quote), r.id).toBeDefined();
        }
      }
    expect(stored).toBeGreaterThan(400);
  });

  it('give every list-item quote its governing clause', () => {
    // "including Agent Orange/dioxin detoxification" alone does not say who committed to what.
    const r = dataset.relations.find(
      (x) => x.id === 'bonnie-jenkins.committed_to.dioxin-remediation',
    )!;
    expect(r.evidence.map((e) => e.quote)).toEqual([
      'She stressed that the U.S. is committed to maintaining resources for collaborating with and supporting Vietnam in addressing war consequences',
      'including Agent Orange/dioxin detoxification',
    ]);
    expect(r.evidence[1]!.sentence).toMatch(/^She stressed that the U\.S\. is committed to/);
  });
});
