import type { PrecomputedLayout } from '../cy/precomputed';
import { parleyFilesSource } from '../data/fileSources';
import type { GraphSource } from '../data/source';
import type { InputFile } from '../data/validate';
import { pagePayload } from '../features/publish/payload';

// The published page's stand-in for loadBundled.ts (swapped in by the publish
// build, vite.publish.ts): the "bundled" dataset is the one in the page's data slot.

export async function loadBundledFiles(): Promise<InputFile[]> {
  // Back to text: the validator reads files as text (and reports lines in them).
  const { files } = await pagePayload();
  return files.map((f) => ({ name: f.name, text: JSON.stringify(f.data, null, 1) }));
}

export function bundledSource(): GraphSource {
  const base = parleyFilesSource('bundled', 'dataset in this page', loadBundledFiles);
  // The Article view reads the texts the page carries (source id → text file).
  let files = new Map<string, string>();
  let texts: Record<string, string> = {};
  return {
    ...base,
    async load(ctx) {
      const r = await base.load(ctx);
      if (r.ok) files = new Map(r.dataset.sources.map((s) => [s.id, s.file]));
      texts = (await pagePayload().catch(() => undefined))?.texts ?? {};
      return r;
    },
    hasSourceText: (id) => {
      const file = files.get(id);
      return file !== undefined && Object.hasOwn(texts, file);
    },
    loadSourceText: async (id) => {
      const file = files.get(id);
      return file === undefined ? undefined : loadBundledSourceText(file);
    },
  };
}

export async function loadBundledLayout(): Promise<PrecomputedLayout | undefined> {
  return (await pagePayload().catch(() => undefined))?.layout;
}

export async function loadBundledSourceText(file: string): Promise<string | undefined> {
  const { texts } = await pagePayload();
  return Object.hasOwn(texts, file) ? texts[file] : undefined;
}
