import { useCallback, useEffect, useRef, useState } from 'react';
import { staticSource } from '../data/source';
import type { Editor } from '../features/curate/editor';
import { curateToken } from '../features/curate/service';
import { offerEditor } from '../features/curate/details/EditSlot';
import { keepKey } from './datasetKey';
import { loadBundledFiles, loadBundledLayout, loadBundledSourceText } from './loadBundled';
import type { PrecomputedLayout } from '../cy/precomputed';
import { loadedFrom, type LoadedDataset } from './useDataset';

/**
 * Curating: under npm run curate the dataset comes from the write service and
 * every edit is on the graph at once (the explorer keeps its view: the grown
 * or shrunk dataset keeps its key). On the static site, Edit starts the same
 * editor over the bundled files; Download dataset then gives the folder.
 */
export function useCuration(replace: (loaded: LoadedDataset) => void) {
  const token = useRef(curateToken()).current;
  const [editor, setEditor] = useState<Editor>();
  const shown = useRef<LoadedDataset | undefined>(undefined);
  // The shipped positions, used while the edited data still has their fingerprint.
  const layout = useRef<PrecomputedLayout | undefined>(undefined);

  const show = useCallback(
    (ed: Editor) => {
      const snap = ed.getSnapshot();
      const base = staticSource(
        'bundled',
        token ? 'dataset folder (editing)' : 'bundled dataset',
        async () => ({
          ok: true,
          dataset: snap.dataset,
          problems: snap.problems,
          format: 'parley',
        }),
      );
      // The Article reads the texts being edited (a new source's included).
      const textOf = (id: string) => {
        const file = snap.dataset.sources.find((s) => s.id === id)?.file;
        return file === undefined ? undefined : snap.ws.texts.get(`sources/${file}`);
      };
      const source = {
        ...base,
        loadSourceText: async (id: string) => textOf(id),
        hasSourceText: (id: string) => textOf(id) !== undefined,
      };
      const loaded = loadedFrom(source, {
        ok: true,
        dataset: snap.dataset,
        problems: snap.problems,
      });
      if (shown.current) keepKey(loaded, shown.current);
      shown.current = loaded;
      replace(loaded);
    },
    [replace, token],
  );

  const open = useCallback(async () => {
    const { Editor } = await import('../features/curate/editor');
    layout.current ??= await loadBundledLayout();
    const files = token ? undefined : await bundledFiles();
    const ed = await Editor.open(
      {
        ...(token ? { token } : {}),
        draftKey: `parley:draft:${token ? location.host : 'bundled'}`,
      },
      files,
    );
    ed.subscribe(() => show(ed));
    offerEditor(ed);
    setEditor(ed);
    show(ed);
    return ed;
  }, [show, token]);
  // One editor per page, however often the dataset state changes while it opens.
  const starting = useRef<Promise<Editor> | undefined>(undefined);
  const start = useCallback(() => (starting.current ??= open()), [open]);

  // Under npm run curate the folder is read at once (a kept draft comes back with it); the
  // explorer waits for it, so the address (source=, e=…) is read against the folder's data.
  useEffect(() => {
    if (token && !editor) void start();
  }, [token, editor, start]);

  return {
    editor,
    start,
    canSave: Boolean(token),
    curating: Boolean(token),
    /** Under npm run curate, until the folder is read: the explorer waits. */
    waiting: Boolean(token) && !editor,
  };
}

async function bundledFiles() {
  const json = (await loadBundledFiles()).map((f) => ({
    name: f.name.replace(/^graph-data\//, ''),
    text: f.text,
    hash: '',
  }));
  const { default: sources } = (await import('../../graph-data/sources.json')) as {
    default: { sources: { file: string }[] };
  };
  const texts = await Promise.all(
    sources.sources.map(async (s) => ({
      name: `sources/${s.file}`,
      text: (await loadBundledSourceText(s.file)) ?? '',
      hash: '',
    })),
  );
  return [...json, ...texts.filter((t) => t.text)];
}
