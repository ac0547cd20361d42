/**
 * The DOM side of exporting: hand a blob to the browser as a download under
 * a given name. Everything that makes the blob lives elsewhere.
 */

/** How long an object URL stays valid after its download was triggered. */
export const REVOKE_AFTER_MS = 60_000;

export function downloadBlob(
  blob: Blob,
  fileName: string,
  env: { document: Document; URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> } = {
    document,
    URL,
  },
): void {
  const url = env.URL.createObjectURL(blob);
  const a = env.document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  env.document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => env.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Several files from one click (CSV: nodes and edges), a moment apart so browsers keep them all. */
export async function downloadAll(
  files: readonly { blob: Blob; name: string }[],
  gapMs = 250,
  download: (blob: Blob, name: string) => void = downloadBlob,
): Promise<void> {
  for (const [i, f] of files.entries()) {
    if (i > 0) await new Promise((r) => setTimeout(r, gapMs));
    download(f.blob, f.name);
  }
}
