import { describe, expect, it } from 'vitest';
import { foldText, formatCount, slugify } from '../../src/data/text';

describe('text helpers', () => {
  it('formats counts with thousands separators, as English does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(20000)).toBe('20,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('folds diacritics and makes slugs', () => {
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(slugify('  Hà Kim Ngọc!  ')).toBe('ha-kim-ngoc');
  });
});
