import { Component, lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import type { Editor } from '../editor';
import type { EditTarget } from './EditDetails';

/**
 * Where Details meets the editor: useCuration offers the editor once it is
 * open, and Details shows the edit forms of its selection while Edit is on.
 * Only this small file is in the first load; the forms come with the first edit.
 */

let offered: Editor | undefined;
const listeners = new Set<() => void>();

const notify = () => {
  for (const fn of listeners) fn();
};

export function offerEditor(editor: Editor) {
  if (offered === editor) return;
  offered = editor;
  // One page, one editor: its changes (Edit on or off) reach every slot.
  editor.subscribe(notify);
  notify();
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
};
const editingEditor = () => (offered?.getSnapshot().editing ? offered : undefined);

const EditDetails = lazy(() => import('./EditDetails'));

class Failed extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="note" role="alert">
        The edit forms could not be loaded: reload the page (your unsaved edits are kept).
      </p>
    ) : (
      this.props.children
    );
  }
}

/** The selection's edit forms, in Details, while Edit is on. */
export function EditSlot(props: EditTarget) {
  const editor = useSyncExternalStore(subscribe, editingEditor, editingEditor);
  if (!editor) return null;
  return (
    <Failed>
      <Suspense fallback={<p className="note">Loading the edit forms…</p>}>
        <EditDetails editor={editor} {...props} />
      </Suspense>
    </Failed>
  );
}
