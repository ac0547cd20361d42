// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVOKE_AFTER_MS, downloadAll, downloadBlob } from '../../src/features/export/download';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('downloadBlob (the DOM part)', () => {
  it('clicks a temporary link named after the file, then revokes its URL', () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const revoked: string[] = [];
    const url = {
      createObjectURL: (b: Blob) => {
        created.push(b);
        return `blob:test/${created.length}`;
      },
      revokeObjectURL: (u: string) => revoked.push(u),
    };
    const clicks: { href: string; download: string; inDocument: boolean }[] = [];
    document.addEventListener('click', (e) => {
      const a = e.target as HTMLAnchorElement;
      clicks.push({ href: a.href, download: a.download, inDocument: document.body.contains(a) });
      e.preventDefault(); // jsdom does not navigate
    });
    const blob = new Blob(['x'], { type: 'image/png' });
    downloadBlob(blob, 'parley-graph.png', { document, URL: url });
    expect(created).toEqual([blob]);
    expect(clicks).toEqual([
      { href: 'blob:test/1', download: 'parley-graph.png', inDocument: true },
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toEqual(['blob:test/1']);
  });

  it('downloads several files one after the other', async () => {
    const seen: string[] = [];
    await downloadAll(
      [
        { blob: new Blob(['a']), name: 'a.nodes.csv' },
        { blob: new Blob(['b']), name: 'a.edges.csv' },
      ],
      1,
      (_b, name) => seen.push(name),
    );
    expect(seen).toEqual(['a.nodes.csv', 'a.edges.csv']);
  });
});
