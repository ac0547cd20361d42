import { describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme } from '../../src/features/theme/theme';

describe('theme', () => {
  it('follows the system until a choice is stored', () => {
    expect(resolveTheme(undefined, true)).toBe('dark');
    expect(resolveTheme(undefined, false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
  it('ignores anything stored that is not a theme', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('__proto__')).toBeUndefined();
    expect(parseTheme(null)).toBeUndefined();
  });
});
