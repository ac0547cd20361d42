import { useEffect, useMemo, useState } from 'react';
import { ExportMenu } from '../features/export/ExportMenu';
import { PlainErrorMessage } from '../features/notices/PlainErrorMessage';
import { ProblemList } from '../features/notices/ProblemList';
import { plainError } from '../features/notices/plainError';
import { embedAddress } from '../features/embed/embedAddress';
import { OpenInParley } from '../features/embed/OpenInParley';
import { pagePayload, type PublishedPayload } from '../features/publish/payload';
import { applyPayloadView, madeLine } from '../features/publish/published';
import { ShortcutsProvider } from '../features/shortcuts';
import { ErrorBoundary } from './ErrorBoundary';
import { Explorer } from './Explorer';
import { useDataset } from './useDataset';
import './splash.css';

/**
 * The published single-file page (the publish build swaps this module in for
 * App.tsx, vite.publish.ts): the dataset in the page, no Open… and no SPARQL (nothing can be
 * fetched), Export of pictures and data files.
 */
export function App() {
  const [read, setRead] = useState<{ payload?: PublishedPayload; error?: unknown }>();
  useEffect(() => {
    pagePayload().then(
      (payload) => {
        applyPayloadView(payload); // before the explorer reads the address
        setRead({ payload });
      },
      (error: unknown) => setRead({ error }),
    );
  }, []);
  if (!read) {
    return (
      <div className="splash" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> Loading dataset…
      </div>
    );
  }
  if (!read.payload) {
    const error = plainError(read.error, {
      what: 'This page carries no readable dataset.',
      todo: 'Make the page again with npm run publish:html or Export → Interactive page.',
    });
    return (
      <ShortcutsProvider>
        <main className="splash error" role="alert">
          <h1>Parley could not read this page’s dataset</h1>
          <PlainErrorMessage error={error} role="none" />
        </main>
      </ShortcutsProvider>
    );
  }
  return <PublishedExplorer payload={read.payload} />;
}

function PublishedExplorer({ payload }: { payload: PublishedPayload }) {
  const { state, loadBundled } = useDataset();
  const embed = useMemo(() => embedAddress(window.location.search), []);
  if (state.status === 'loading') {
    return (
      <div className="splash" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> Loading dataset…
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <ShortcutsProvider>
        <main className="splash error" role="alert">
          <h1>Parley could not load this page’s dataset</h1>
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
          </div>
        </main>
      </ShortcutsProvider>
    );
  }
  const { loaded } = state;
  const title = loaded.dataset.title ?? 'Parley graph';
  return (
    <ShortcutsProvider>
      <ErrorBoundary name="explorer" page>
        <Explorer
          loaded={loaded}
          embed={embed}
          initialNotices={embed ? [] : [madeLine(payload, title, loaded.dataset.sources.length)]}
          renderActions={({ cy, loaded: l, visible, describe }) =>
            embed ? (
              <OpenInParley />
            ) : (
              <ExportMenu
                cy={cy}
                graph={l.graph}
                dataset={l.dataset}
                visible={visible}
                describe={describe}
                defaultTitle={title}
              />
            )
          }
        />
      </ErrorBoundary>
    </ShortcutsProvider>
  );
}
