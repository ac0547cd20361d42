import { useId, useRef, useState } from 'react';
import { EditError, type Edit } from '../../../data/edits/apply';
import { locate } from '../../../data/edits/workspace';
import { useEditor } from '../CurateBar';
import type { Editor } from '../editor';
import { ChangeId } from './ChangeId';
import { DeleteDialog } from './DeleteDialog';
import { EntityForm } from './EntityForm';
import { RelationForm } from './RelationForm';
import './editDetails.css';

/** What Details is showing, and how to move its selection. */
export interface EditTarget {
  kind: 'entity' | 'relation';
  id: string;
  onNavigate: (id: string) => void;
  onSelectRelation: (id: string) => void;
  onClose: () => void;
}

/** Shared by the forms: apply an edit, or say in plain words why it cannot. */
export type ApplyEdit = (make: () => Edit, done: string) => string | undefined;

// Kept across selections: a curator who folds the form away keeps it folded.
let keptOpen = true;

/**
 * The selection's edit forms in Details, while Edit is on: its fields
 * (applied as one undoable edit), Delete, and Change id everywhere.
 */
export default function EditDetails({ editor, ...target }: EditTarget & { editor: Editor }) {
  const snap = useEditor(editor);
  const [open, setOpenState] = useState(keptOpen);
  const [status, setStatus] = useState('');
  const [deleting, setDeleting] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const at = locate(snap.ws, target.id, target.kind === 'entity' ? 'entities' : 'relations');
  if (!at) return null;
  const setOpen = (o: boolean) => {
    keptOpen = o;
    setOpenState(o);
  };
  const what = target.kind === 'entity' ? 'entity' : 'relation';
  const apply: ApplyEdit = (make, done) => {
    try {
      editor.apply(make());
      setStatus(`${done} (unsaved: Undo edit takes it back).`);
      return undefined;
    } catch (e) {
      if (e instanceof EditError || e instanceof Error)
        return e.message.replace(/^parley\/edits: /, '');
      return String(e);
    }
  };
  const problems = snap.problems.filter((p) => p.id === target.id);
  return (
    <section className="edit-details" aria-labelledby={`${bodyId}-h`}>
      <h3 id={`${bodyId}-h`}>
        <button
          type="button"
          className="edit-details-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          Edit {what} <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
        {open && (
          <>
            {problems.length > 0 && (
              <ul className="edit-problems" aria-label={`Problems with this ${what}`}>
                {problems.map((p, i) => (
                  <li key={i} className={p.severity}>
                    {p.message}
                    {p.hint ? ` — ${p.hint}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {target.kind === 'entity' ? (
              <EntityForm
                key={target.id}
                id={target.id}
                value={at.item.value}
                dataset={snap.dataset}
                ws={snap.ws}
                apply={apply}
              />
            ) : (
              <RelationForm
                key={target.id}
                id={target.id}
                value={at.item.value}
                dataset={snap.dataset}
                ws={snap.ws}
                apply={apply}
              />
            )}
            <ChangeId
              key={`id:${target.id}`}
              id={target.id}
              ws={snap.ws}
              apply={apply}
              onRenamed={(to) =>
                target.kind === 'entity' ? target.onNavigate(to) : target.onSelectRelation(to)
              }
            />
            <div className="edit-delete">
              <button
                ref={deleteButton}
                type="button"
                className="danger"
                onClick={() => setDeleting(true)}
              >
                Delete {what}…
              </button>
            </div>
          </>
        )}
      </div>
      {deleting && (
        <DeleteDialog
          kind={target.kind}
          id={target.id}
          dataset={snap.dataset}
          ws={snap.ws}
          onCancel={() => {
            setDeleting(false);
            // Once the modal dialog is gone: while it is open the page behind it is inert.
            window.setTimeout(() => deleteButton.current?.focus(), 0);
          }}
          onDelete={(edit, done) => {
            const failed = apply(() => edit, done);
            if (failed) return failed;
            setDeleting(false);
            const from = at.item.value.source;
            if (
              target.kind === 'relation' &&
              typeof from === 'string' &&
              snap.dataset.entities.some((e) => e.id === from)
            ) {
              // The relation's From entity: where the curator was reading, heading focused.
              target.onNavigate(from);
            } else {
              target.onClose();
              // The panel's summary replaces the entity: focus the Details region itself.
              window.setTimeout(() => document.getElementById('details')?.focus(), 0);
            }
            announce(done);
            return undefined;
          }}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/** After a delete this section is gone: the news goes to a live region that outlives it. */
function announce(text: string) {
  let live = document.getElementById('edit-details-news');
  if (!live) {
    live = document.createElement('p');
    live.id = 'edit-details-news';
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  live.textContent = `${text} (unsaved: Undo edit brings it back).`;
}
