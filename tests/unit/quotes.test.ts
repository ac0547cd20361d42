import { describe, expect, it } from 'vitest';
import { normalizeForQuoteMatch, quoteOccursIn } from '../../src/data/quotes';

describe('normalizeForQuoteMatch', () => {
  it.each([
    ['\u2018single\u2019', "'single'"],
    ['\u201Adown\u201B', "'down'"],
    ['prime\u2032 and modifier\u02BC', "prime' and modifier'"],
    ['\u201Cdouble\u201D', '"double"'],
    ['\u201Elow\u201F and \u2033', '"low" and "'],
  ])('folds typographic quote marks: %s', (input, expected) => {
    expect(normalizeForQuoteMatch(input)).toBe(expected);
  });

  it('collapses every run of whitespace to one space and trims', () => {
    expect(normalizeForQuoteMatch('  a \n\n b\t\tc\r\nd\u00A0e\u2009f\u3000g  ')).toBe(
      'a b c d e f g',
    );
  });

  it('composes characters (NFC), so decomposed and composed accents match', () => {
    const decomposed = 'Ha\u0300 Kim Ngo\u0323c';
    expect(decomposed).not.toBe('Hà Kim Ngọc');
    expect(normalizeForQuoteMatch(decomposed)).toBe('Hà Kim Ngọc');
  });

  it('changes nothing else: case, dashes, ellipses, letters', () => {
    const text = 'Đà Nẵng – U.S.-led… CASE case';
    expect(normalizeForQuoteMatch(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = normalizeForQuoteMatch(' \u201CWe\u2019re\n ready\u201D ');
    expect(normalizeForQuoteMatch(once)).toBe(once);
  });
});

describe('quoteOccursIn', () => {
  const source = normalizeForQuoteMatch(
    'He said: \u201CVietnam\u2019s\ncommitment remains firm.\u201D',
  );

  it('finds a quote modulo whitespace and quote marks', () => {
    expect(quoteOccursIn('"Vietnam\'s commitment', source)).toBe(true);
    expect(quoteOccursIn('Vietnam\u2019s   commitment remains', source)).toBe(true);
    expect(quoteOccursIn('\n remains firm.\u201D \n', source)).toBe(true);
  });

  it('does not find a quote with a changed or missing word', () => {
    expect(quoteOccursIn("Vietnam's commitment remained firm", source)).toBe(false);
    expect(quoteOccursIn("Vietnam's remains firm", source)).toBe(false);
    expect(quoteOccursIn("vietnam's commitment", source)).toBe(false);
  });
});
