import { useSyncExternalStore } from 'react';
import { allJsonFiles } from '../../data/edits/workspace';
import { countErrors } from '../../data/problems';
import type { Editor } from './editor';
import './curate.css';

export const useEditor = (editor: Editor) =>
  useSyncExternalStore(editor.subscribe, editor.getSnapshot, editor.getSnapshot);

interface Props {
  editor: Editor;
  /** Whether a write service is there (npm run curate): Save, else Download dataset. */
  canSave: boolean;
  problemsOpen: boolean;
  onToggleProblems: () => void;
  onNewSource: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The whole folder as a zip: data files and source texts, as Save would leave them. */
async function downloadZip(editor: Editor) {
  const { zipSync, strToU8 } = await import('fflate');
  const { ws } = editor.getSnapshot();
  const entries: Record<string, Uint8Array> = {};
  for (const f of allJsonFiles(ws)) entries[f.name] = strToU8(f.text);
  for (const [name, text] of ws.texts) entries[name] = strToU8(text);
  const blob = new Blob([zipSync(entries)], { type: 'application/zip' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'parley-dataset.zip';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * The curator's controls in the top bar: Edit (on/off), and while editing
 * Undo, Redo, Save N changes (or Download dataset), Discard and Problems.
 */
export function CurateBar({ editor, canSave, problemsOpen, onToggleProblems, onNewSource }: Props) {
  const s = useEditor(editor);
  const n = s.pending.length;
  const errors = countErrors(s.problems);
  return (
    <div
      className={`curate-bar${s.editing ? ' curate-editing' : ''}`}
      role="group"
      aria-label="Curating"
    >
      <button
        type="button"
        aria-pressed={s.editing}
        onClick={() => editor.setEditing(!s.editing)}
        className="curate-edit"
      >
        Edit
      </button>
      {s.editing && (
        <>
          <button
            type="button"
            className="icon"
            aria-label="Undo edit"
            title="Undo edit"
            onClick={() => editor.undo()}
            disabled={!s.canUndo}
          >
            ↶
          </button>
          <button
            type="button"
            className="icon"
            aria-label="Redo edit"
            title="Redo edit"
            onClick={() => editor.redo()}
            disabled={!s.canRedo}
          >
            ↷
          </button>
          {canSave ? (
            <button
              type="button"
              className="curate-save"
              onClick={() => void editor.save()}
              disabled={n === 0 || s.saving}
              aria-busy={s.saving}
            >
              {n === 0 ? 'Saved' : `Save ${plural(n, 'change')}`}
            </button>
          ) : (
            <button type="button" onClick={() => void downloadZip(editor)}>
              Download dataset
            </button>
          )}
          <button type="button" onClick={() => void editor.discard()} disabled={n === 0}>
            Discard
          </button>
          <button type="button" aria-haspopup="dialog" onClick={onNewSource}>
            New source
          </button>
          <button type="button" aria-expanded={problemsOpen} onClick={onToggleProblems}>
            Problems ({s.problems.length})
          </button>
        </>
      )}
      <span className="curate-status" role="status" aria-live="polite">
        {s.editing && n > 0 && errors > 0
          ? `${plural(errors, 'problem')}: saving keeps them as work in progress. `
          : ''}
        {s.saved ?? ''}
      </span>
      {s.conflicts && (
        <div className="curate-conflict" role="alert">
          Save stopped: {s.conflicts.join(', ')} changed on disk since it was read. Nothing was
          written.{' '}
          <button type="button" onClick={() => void editor.reloadAndReapply()}>
            Reload and re-apply my edits
          </button>
        </div>
      )}
      {s.error && (
        <p className="curate-conflict" role="alert">
          {s.error}
        </p>
      )}
    </div>
  );
}
