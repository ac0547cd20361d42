import { describe, expect, it } from 'vitest';
import { freeId, passageIn, sentenceAround, slug } from '../../src/data/edits/fromSelection';

const TEXT =
  'HANOI, March 30 (VNA) – The dialogue opened. Deputy Minister Ha Kim Ngoc and Assistant Secretary Jessica Lewis co-chaired it.\nThe two sides agreed to meet again. The two sides agreed to meet again.';

describe('a selection in an article', () => {
  it('is the quote verbatim, with the sentence that holds it', () => {
    const p = passageIn(TEXT, '  Ha Kim Ngoc and Assistant Secretary Jessica Lewis co-chaired it ');
    expect(p?.quote).toBe('Ha Kim Ngoc and Assistant Secretary Jessica Lewis co-chaired it');
    expect(p?.sentence).toBe(
      'Deputy Minister Ha Kim Ngoc and Assistant Secretary Jessica Lewis co-chaired it.',
    );
  });

  it('takes the occurrence nearest where the selection started, when a passage repeats', () => {
    const second = TEXT.lastIndexOf('The two sides');
    expect(passageIn(TEXT, 'The two sides agreed', second)?.start).toBe(second);
    expect(passageIn(TEXT, 'The two sides agreed', 0)?.start).toBe(TEXT.indexOf('The two sides'));
  });

  it('is refused when the text does not hold it, and has no sentence across sentences', () => {
    expect(passageIn(TEXT, 'not in the text')).toBeUndefined();
    const across = 'opened. Deputy';
    expect(passageIn(TEXT, across)?.sentence).toBeUndefined();
    expect(sentenceAround(TEXT, 0, 5)).toBeDefined();
  });

  it('gives slugs and free ids', () => {
    expect(slug('Lê Hoài Trung')).toBe('le-hoai-trung');
    expect(slug('Đặng Hoàng Giang')).toBe('dang-hoang-giang');
    expect(slug('!!!')).toBe('entity');
    const taken = new Set(['a', 'a-2']);
    expect(freeId('a', (id) => taken.has(id))).toBe('a-3');
    expect(freeId('b', (id) => taken.has(id))).toBe('b');
  });
});
