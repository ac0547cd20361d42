import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../features/export/ExportMenu';
import type { Notice } from '../features/notices/Notices';
import { PlainErrorMessage } from '../features/notices/PlainErrorMessage';
import { ProblemList } from '../features/notices/ProblemList';
import { plainError } from '../features/notices/plainError';
import { DropOverlay, OpenControls, OpeningStatus } from '../features/open/OpenControls';
import { OpenProblemsDialog } from '../features/open/OpenProblemsDialog';
import type { OpenedDataset } from '../features/open/types';
import { useFileDrop } from '../features/open/useFileDrop';
import { useOpenDataset } from '../features/open/useOpenDataset';
import { RetypeContext, type Retype } from '../features/open/retypeContext';
import { retypedWords } from './retyped';
import { ShortcutsProvider } from '../features/shortcuts';
import { BootShell } from './BootShell';
import { ErrorBoundary } from './ErrorBoundary';
import { embedAddress } from '../features/embed/embedAddress';
import { OpenInParley } from '../features/embed/OpenInParley';
import { SparqlPanel, SparqlProgress } from '../features/sparql/SparqlPanel';
import { sparqlPlainWords } from '../features/sparql/sparqlWords';
import { datasetKey } from './datasetKey';
import { Explorer } from './Explorer';
import { VocabularyContext } from '../features/legend/vocabularyContext';
import { vocabularyOf } from '../graph/vocabulary';
import { useSparqlDataset } from './useSparqlDataset';
import { useCuration } from './useCuration';
import { CurationContext } from '../features/curate/context';

import { clearOpened, loadOpened, saveOpened, storedSource, type StoredDataset } from './storage';
import { loadedFrom, useDataset, type LoadedDataset } from './useDataset';
import { useUntilDrawn } from './useUntilDrawn';
import { whenIdle } from './whenIdle';
import { loadBundledSourceText } from './loadBundled';
import './splash.css';

/** What an exported page says it was made from. */
function madeFrom(l: LoadedDataset): string {
  return l.origin.kind === 'bundled' ? 'the bundled dataset' : `“${l.origin.fileName}”`;
}

const RESTORE_TIMEOUT_MS = 3000;

/** The opened dataset from the last visit, if any: it wins over the bundled one until reset. */
async function restoreOpened(): Promise<LoadedDataset | undefined> {
  // A storage that never answers must not keep the app from starting.
  const stored = await Promise.race([
    loadOpened(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), RESTORE_TIMEOUT_MS)),
  ]);
  if (!stored) return undefined;
  try {
    const source = storedSource(stored);
    const load = await source.load();
    return load.ok ? loadedFrom(source, load) : undefined;
  } catch {
    await clearOpened().catch(() => undefined);
    return undefined;
  }
}

/**
 * A new dataset starts from a clean view: the old selection and filters mean
 * nothing there. Whether the graph or the List view is shown stays.
 */
function clearViewFromUrl() {
  const { pathname, hash, search } = window.location;
  const list = new URLSearchParams(search).get('list');
  const kept = list ? `?${new URLSearchParams({ list }).toString()}` : '';
  if (search !== kept) window.history.replaceState(null, '', pathname + kept + hash);
}

export function App() {
  const { state, replace, restore, loadBundled } = useDataset(restoreOpened);
  const untilDrawn = useUntilDrawn();
  const [storageNote, setStorageNote] = useState<Notice | undefined>();

  // An opened file is kept in the browser only once it has drawn: a file that
  // crashes the page, or a page closed mid-import, leaves the previous one.
  const pendingSave = useRef<{
    loaded: LoadedDataset;
    record: Omit<StoredDataset, 'v' | 'savedAt'>;
  } | null>(null);
  // Bumped by every open and reset: a save waiting for idle time that is no
  // longer the latest must not bring back a file the reader has moved on from.
  const shownRun = useRef(0);
  const onOpened = useCallback(
    ({ source, load, retyped }: OpenedDataset) => {
      const { pathname, search, hash } = window.location;
      const before = { state, address: pathname + search + hash };
      clearViewFromUrl();
      const made = loadedFrom(source, load);
      const loaded = retyped ? retypedWords(made, retyped) : made;
      shownRun.current++;
      pendingSave.current = {
        loaded,
        record: {
          fileName: source.label,
          format: load.format ?? 'parley',
          dataset: load.dataset,
          problems: load.problems,
          mapped: load.mapped ?? [],
        },
      };
      replace(loaded);
      // Cancel until it is drawn: the previous graph and its view come back.
      return untilDrawn.begin(loaded, () => {
        pendingSave.current = null;
        window.history.replaceState(null, '', before.address);
        restore(before.state);
      });
    },
    [replace, restore, state, untilDrawn],
  );
  const keep = useCallback(
    (record: Omit<StoredDataset, 'v' | 'savedAt'>) =>
      saveOpened(record)
        .then(() => {
          setStorageNote(undefined);
          performance.mark('parley:open-stored');
        })
        .catch((e: unknown) => {
          setStorageNote(
            plainError(e, {
              what: `“${record.fileName}” is open, but the browser would not keep it.`,
              todo: 'It is shown until you reload; a reload returns to the previous dataset. Free some space in the browser’s site data to keep opened files.',
            }),
          );
        }),
    [],
  );
  const onDrawn = useCallback(
    (loaded: LoadedDataset) => {
      untilDrawn.drawn(loaded);
      const pending = pendingSave.current;
      if (!pending || pending.loaded !== loaded) return;
      pendingSave.current = null;
      // In idle time: copying a big file into IndexedDB is a task of its own
      // (0.4 s for 100,000 relations), which must not delay the first search.
      const run = shownRun.current;
      whenIdle(() => {
        if (run === shownRun.current) void keep(pending.record);
      });
    },
    [untilDrawn, keep],
  );
  const opener = useOpenDataset(onOpened);
  const { retype: reread } = opener;
  const shownSource = state.status === 'ready' ? state.loaded.source : undefined;
  const retype = useMemo<Retype | undefined>(
    () =>
      shownSource?.retype
        ? (typeFrom, which) => void reread(shownSource, typeFrom, which)
        : undefined,
    [shownSource, reread],
  );

  const sparql = useSparqlDataset(state, replace);
  const curation = useCuration(replace);
  const dragging = useFileDrop(opener.open);

  const resetToBundled = useCallback(async () => {
    shownRun.current++;
    try {
      await clearOpened();
    } catch (e) {
      setStorageNote(
        plainError(e, {
          what: 'The bundled dataset is back, but the file kept from your last visit could not be removed.',
          todo: 'It may come back on the next visit: press Reset to bundled again then, or clear this site’s data in the browser.',
        }),
      );
    }
    pendingSave.current = null;
    clearViewFromUrl();
    await loadBundled();
  }, [loadBundled]);

  const busy = opener.state.kind === 'busy';
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelled = opener.state.kind === 'cancelled';
  useEffect(() => {
    // Cancel disappears with the status: focus goes back to Open…, not the page.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (cancelled && lost) openButton.current?.focus();
  }, [cancelled]);
  const openControls = (opened: boolean) => (
    <OpenControls
      onFiles={(files, paths) => void opener.open(files, paths)}
      onConnect={(url) => void sparql.connect(url)}
      busy={busy}
      opened={opened}
      buttonRef={openButton}
      onReset={() => void resetToBundled()}
    />
  );

  const overlays = (
    <>
      <DropOverlay active={dragging} />
      <OpeningStatus state={opener.state} onCancel={opener.cancel} onDismiss={opener.dismiss} />
      <SparqlProgress sparql={sparql} />
      {sparql.status.kind === 'failed' && (
        <OpenProblemsDialog
          fileName={sparql.status.endpoint}
          problems={sparql.status.problems}
          plain={sparqlPlainWords(sparql.status.problems)}
          title={`Could not read from “${sparql.status.endpoint}”`}
          onClose={sparql.dismiss}
        />
      )}
      {opener.state.kind === 'failed' && (
        <OpenProblemsDialog
          fileName={opener.state.fileName}
          problems={opener.state.problems}
          onClose={opener.dismiss}
        />
      )}
    </>
  );

  if (state.status === 'loading' || curation.waiting) return <BootShell />;
  if (state.status === 'error') {
    return (
      <ShortcutsProvider>
        <main className="splash error" role="alert">
          <h1>Parley could not load the dataset</h1>
          {state.error ? (
            <PlainErrorMessage error={state.error} role="none" />
          ) : (
            <p>{state.message}</p>
          )}
          <ProblemList problems={state.problems} />
          <div className="splash-actions">
            <button type="button" onClick={() => void loadBundled()}>
              Try again
            </button>
            {openControls(false)}
          </div>
          {overlays}
        </main>
      </ShortcutsProvider>
    );
  }
  const { loaded } = state;
  const fromStore = loaded.origin.kind === 'opened' && loaded.origin.format === 'sparql';
  const embed = embedAddress(window.location.search);
  const title =
    loaded.dataset.title ??
    (loaded.origin.kind === 'opened' ? loaded.origin.fileName : 'Parley graph');
  return (
    <ShortcutsProvider>
      <VocabularyContext value={vocabularyOf(loaded.graph)}>
        <RetypeContext value={retype}>
          <CurationContext
            value={{
              editor: curation.editor,
              canSave: curation.canSave,
              offerEdit: loaded.origin.kind === 'bundled' && !curation.curating,
              start: curation.start,
            }}
          >
            <ErrorBoundary
              key={datasetKey(loaded)}
              name="explorer"
              page
              onResetToBundled={() => void resetToBundled()}
            >
              <Explorer
                loaded={loaded}
                {...(fromStore
                  ? {
                      beforeExpand: sparql.grow,
                      mayLoadMore: sparql.mayLoadMore,
                      searchStore: sparql.search,
                    }
                  : {})}
                onDrawn={onDrawn}
                embed={embed}
                onResetToBundled={() => void resetToBundled()}
                initialNotices={[...(loaded.notices ?? []), ...(storageNote ? [storageNote] : [])]}
                renderActions={({ cy, loaded: l, visible, describe, navigate }) =>
                  embed ? (
                    <OpenInParley />
                  ) : (
                    <>
                      {openControls(l.origin.kind === 'opened')}
                      <ErrorBoundary
                        name="SPARQL panel"
                        onResetToBundled={() => void resetToBundled()}
                      >
                        <SparqlPanel
                          sparql={sparql}
                          connected={fromStore}
                          has={(id) => l.graph.hasNode(id)}
                          onPick={navigate}
                        />
                      </ErrorBoundary>
                      <ExportMenu
                        cy={cy}
                        graph={l.graph}
                        dataset={l.dataset}
                        visible={visible}
                        describe={describe}
                        defaultTitle={title}
                        page={{ sourceText: loadBundledSourceText, madeFrom: madeFrom(l) }}
                      />
                    </>
                  )
                }
              />
            </ErrorBoundary>
          </CurationContext>
        </RetypeContext>
      </VocabularyContext>
      {overlays}
    </ShortcutsProvider>
  );
}
