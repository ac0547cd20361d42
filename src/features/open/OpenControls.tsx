import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../data/importers/detect';
import { MAX_OPEN_BYTES, formatBytes } from '../../data/importers/limits';
import { keepRepeatedApart, setKeepRepeatedApart } from './openPreferences';
import type { OpenState } from './types';
import { usePopover } from '../popover/usePopover';
import { EndpointForm } from '../sparql/EndpointForm';
import './open.css';

interface Props {
  /** Picked files; with `paths` when they are a folder's (a dataset folder). */
  onFiles: (files: File[], paths?: string[]) => void;
  /** Connects to a SPARQL endpoint typed in (absent: the panel offers files only). */
  onConnect?: ((url: string) => void) | undefined;
  busy: boolean;
  /** An opened dataset is showing: offer the way back. */
  opened: boolean;
  onReset: () => void;
  /** The Open… button, for focus to return to after Cancel. */
  buttonRef?: RefObject<HTMLButtonElement | null>;
}

const FORMATS = 'Parley bundle, graphology JSON, GEXF, GraphML, Turtle, JSON-LD or CSV';

/**
 * "Open…": a small panel with the two places a graph can come from — a file
 * (a button driving a hidden file input, which tests and the benchmark reach
 * by its label; or drop it on the page) and a SPARQL endpoint typed in — and
 * "Reset to bundled dataset".
 */
export function OpenControls({ onFiles, onConnect, busy, opened, onReset, buttonRef }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const { open, close, anchorRef, panelId, trigger } = usePopover(buttonRef);
  return (
    <>
      <div className="menu-anchor" ref={anchorRef}>
        <button
          {...trigger}
          disabled={busy}
          title={`Open a file (${FORMATS}) or a SPARQL endpoint`}
        >
          Open…
        </button>
        {open && (
          <OpenPanel
            id={panelId}
            onChooseFile={() => {
              close();
              inputRef.current?.click();
            }}
            onChooseFolder={() => {
              close();
              folderRef.current?.click();
            }}
            {...(onConnect
              ? {
                  onConnect: (url: string) => {
                    close();
                    onConnect(url);
                  },
                }
              : {})}
          />
        )}
      </div>
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        aria-label="Open dataset file"
        tabIndex={-1}
        multiple
        accept={[...ACCEPTED_EXTENSIONS, 'application/json'].join(',')}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = ''; // picking the same file again still fires change
          if (files.length) onFiles(files);
        }}
      />
      <input
        ref={folderRef}
        type="file"
        className="visually-hidden"
        aria-label="Open dataset folder"
        tabIndex={-1}
        {...FOLDER_PICKER}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length)
            onFiles(
              files,
              files.map((f) => f.webkitRelativePath || f.name),
            );
        }}
      />
      {opened && (
        <button
          type="button"
          className="reset-button"
          aria-label="Reset to bundled dataset"
          onClick={onReset}
          disabled={busy}
        >
          Reset<span className="reset-long"> to bundled dataset</span>
        </button>
      )}
    </>
  );
}

// A directory picker: not in React's input props, passed through as attributes.
const FOLDER_PICKER = { webkitdirectory: '', directory: '' } as Record<string, string>;

function OpenPanel({
  id,
  onChooseFile,
  onChooseFolder,
  onConnect,
}: {
  id: string;
  onChooseFile: () => void;
  onChooseFolder: () => void;
  onConnect?: (url: string) => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const [keepApart, setKeepApart] = useState(keepRepeatedApart);
  const hintId = useId();
  return (
    <div id={id} className="popover open-panel" role="dialog" aria-label="Open">
      <div className="open-panel-part">
        <button ref={first} type="button" className="primary" onClick={onChooseFile}>
          Choose file…
        </button>
        <p className="muted">
          {FORMATS}, up to {formatBytes(MAX_OPEN_BYTES)} — or drop it on the page. Pick a nodes and
          an edges CSV together.
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={keepApart}
            aria-describedby={hintId}
            onChange={(e) => {
              setKeepApart(e.target.checked);
              setKeepRepeatedApart(e.target.checked);
            }}
          />
          Keep repeated edges apart
        </label>
        <p id={hintId} className="muted">
          Off: edges repeated between the same pair merge into one relation with a count and summed
          weight, as Gephi does.
        </p>
      </div>
      <div className="open-panel-part">
        <button type="button" onClick={onChooseFolder}>
          Choose dataset folder…
        </button>
        <p className="muted">
          A Parley dataset folder (sources.json, vocabulary.json, entities/, relations/, sources/) —
          or drop the folder on the page. Every quote is checked against its source text.
        </p>
      </div>
      {onConnect && <EndpointForm className="open-panel-part" onConnect={onConnect} />}
    </div>
  );
}

/** Shown while files are dragged over the page. */
export function DropOverlay({ active }: { active: boolean }) {
  if (!active) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop a dataset file to open it</p>
      <p className="hint">
        Parley bundle, graphology JSON, GEXF, GraphML, Turtle, JSON-LD or CSV — up to{' '}
        {formatBytes(MAX_OPEN_BYTES)}
      </p>
    </div>
  );
}

/** How long "Stopped opening …" stays on screen. */
const CANCELLED_MS = 6000;

/**
 * Shown while files are read, checked and drawn: what is being done (big
 * files report each step from their worker) and Cancel (or Escape); then,
 * briefly, that the open was stopped and the graph is unchanged.
 */
export function OpeningStatus({
  state,
  onCancel,
  onDismiss,
}: {
  state: OpenState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const cancelled = state.kind === 'cancelled';
  useEffect(() => {
    if (!cancelled) return;
    const t = window.setTimeout(onDismiss, CANCELLED_MS);
    return () => window.clearTimeout(t);
  }, [cancelled, onDismiss]);
  if (state.kind === 'cancelled') {
    return (
      <div className="opening-status" role="status">
        Stopped opening “{state.fileName}”. The graph is unchanged.
      </div>
    );
  }
  if (state.kind !== 'busy') return null;
  return (
    <div
      className="opening-status"
      role="status"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation(); // Escape here stops the open, it does not clear the selection
        onCancel();
      }}
    >
      <span className="spinner" aria-hidden="true" /> Opening “{state.fileName}”…
      {state.progress && <span className="opening-step"> {state.progress}</span>}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
