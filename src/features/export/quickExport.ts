import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options';
import type { ExportResult } from './runExport';

/**
 * The common export, one key away (E) and first in the Export panel: a PNG
 * of exactly what the window shows, selection highlights kept, at 2×, on
 * white. No DOM here.
 */
export const QUICK_PNG: ExportOptions = {
  ...DEFAULT_EXPORT_OPTIONS,
  format: 'png',
  scope: 'view',
  highlights: true,
};

export const QUICK_PNG_LABEL = 'Download the current view as PNG';

/** "Downloaded a.png (2,400 × 1,600 px, 312 KB)." — what the status line says after an export. */
export function describeResult(result: Pick<ExportResult, 'files' | 'image'>): string {
  const size = result.files.reduce((n, f) => n + f.blob.size, 0);
  const dims = result.image
    ? `${result.image.width.toLocaleString('en-US')} × ${result.image.height.toLocaleString('en-US')} px, `
    : '';
  const capped = result.image?.capped
    ? ` Scale lowered to ${result.image.scale}× to stay within the browser's image size limit.`
    : '';
  return `Downloaded ${result.files.map((f) => f.name).join(' and ')} (${dims}${formatSize(size)}).${capped}`;
}

export function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
