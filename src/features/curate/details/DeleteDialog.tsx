import { useEffect, useRef, useState } from 'react';
import type { Edit } from '../../../data/edits/apply';
import { relationsOf, removeItem } from '../../../data/edits/builders';
import type { Workspace } from '../../../data/edits/workspace';
import type { Dataset } from '../../../model';
import { useVocabulary } from '../../legend/vocabularyContext';
import { relationWording } from './forms';

interface Props {
  kind: 'entity' | 'relation';
  id: string;
  dataset: Dataset;
  ws: Workspace;
  /** Applies the edit; a message when it could not. */
  onDelete: (edit: Edit, done: string) => string | undefined;
  onCancel: () => void;
}

/**
 * Delete, confirmed: an entity's dialog first lists, by their wording, the
 * relations that go with it; all are deleted as one edit, which Undo edit
 * brings back whole. Focus starts on Cancel, the safe choice.
 */
export function DeleteDialog({ kind, id, dataset, ws, onDelete, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const vocabulary = useVocabulary();
  const [error, setError] = useState<string>();
  const related = kind === 'entity' ? relationsOf(ws, id) : [];
  const name =
    kind === 'entity'
      ? (dataset.entities.find((e) => e.id === id)?.label ?? id)
      : relationWording(dataset, vocabulary, id);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
    return () => {
      if (d?.open) d.close();
    };
  }, []);
  const n = related.length;
  const what =
    kind === 'entity'
      ? `Delete entity${n ? ` and ${n} relation${n === 1 ? '' : 's'}` : ''}`
      : 'Delete relation';
  return (
    <dialog
      ref={ref}
      className="curate-dialog edit-delete-dialog"
      aria-labelledby="edit-delete-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={(e) => {
        // Before the explorer's own Escape (clear the selection) sees it.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <h2 id="edit-delete-title">Delete “{name}”?</h2>
      {kind === 'entity' &&
        (n ? (
          <>
            <p>
              {n === 1 ? 'This relation names it and goes' : `These ${n} relations name it and go`}{' '}
              with it:
            </p>
            <ul
              className="edit-delete-list"
              aria-label="Relations deleted with it"
              // A long list scrolls: focusable, so a keyboard can scroll it too.
              tabIndex={0}
            >
              {related.map((r) => (
                <li key={r}>{relationWording(dataset, vocabulary, r)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>No relation names it: only the entity goes.</p>
        ))}
      <p className="note">Nothing is written until Save; Undo edit brings it all back.</p>
      {error && (
        <p className="curate-error" role="alert">
          {error}
        </p>
      )}
      <div className="curate-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            try {
              setError(
                onDelete(
                  removeItem(ws, id),
                  `Deleted ${name}${n ? ` and ${n} relation${n === 1 ? '' : 's'}` : ''}`,
                ),
              );
            } catch (e) {
              setError(e instanceof Error ? e.message.replace(/^parley\/edits: /, '') : String(e));
            }
          }}
        >
          {what}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
