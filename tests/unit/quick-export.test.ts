/** The one-key export's options and its status line (pure; the download is tests/e2e/export-keys.e2e.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, normalizeOptions } from '../../src/features/export/options';
import { QUICK_PNG, describeResult, formatSize } from '../../src/features/export/quickExport';

describe('the quick PNG export', () => {
  it('is a PNG of the current view, highlights kept, otherwise the panel defaults', () => {
    expect(QUICK_PNG).toEqual({
      ...DEFAULT_EXPORT_OPTIONS,
      format: 'png',
      scope: 'view',
      highlights: true,
    });
    expect(normalizeOptions(QUICK_PNG)).toEqual(QUICK_PNG);
  });

  it('says what was downloaded: name, pixel size and file size', () => {
    const blob = new Blob([new Uint8Array(312 * 1024)]);
    expect(
      describeResult({
        files: [{ name: 'parley-graph-view.png', blob }],
        image: { width: 2400, height: 1600, scale: 2, capped: false },
      }),
    ).toBe('Downloaded parley-graph-view.png (2,400 × 1,600 px, 312 KB).');
    expect(
      describeResult({
        files: [{ name: 'big.png', blob: new Blob(['x']) }],
        image: { width: 12000, height: 800, scale: 1.5, capped: true },
      }),
    ).toMatch(/\(12,000 × 800 px, 1 B\)\. Scale lowered to 1\.5×/);
  });

  it('formats sizes in B, KB and MB', () => {
    expect(formatSize(10)).toBe('10 B');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
