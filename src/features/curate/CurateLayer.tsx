import { useState } from 'react';
import { createPortal } from 'react-dom';
import { CurateBar, useEditor } from './CurateBar';
import type { Editor } from './editor';
import { NewRelationDialog, type RelationDraft } from './NewRelationDialog';
import { ProblemsRegion } from './ProblemsRegion';
import { SelectionActions } from './SelectionActions';

interface Props {
  editor: Editor;
  canSave: boolean;
  /** Selects an entity or relation in the explorer. */
  navigate: (id: string, kind: 'entity' | 'relation') => void;
}

const fromAddress = () => {
  const q = new URLSearchParams(window.location.search);
  return { entity: q.get('e') ?? undefined, relation: q.get('r') ?? undefined };
};

/** Everything curating adds to the explorer, loaded with the first press of Edit. */
export default function CurateLayer({ editor, canSave, navigate }: Props) {
  const snap = useEditor(editor);
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [draft, setDraft] = useState<RelationDraft>();
  const [note, setNote] = useState('');
  return (
    <>
      <CurateBar
        editor={editor}
        canSave={canSave}
        problemsOpen={problemsOpen}
        onToggleProblems={() => setProblemsOpen((o) => !o)}
      />
      {/* Outside the top bar: on a phone its controls fold into Menu, the overlays must not. */}
      {createPortal(
        <>
          {snap.editing && problemsOpen && (
            <ProblemsRegion
              editor={editor}
              onGo={(id) =>
                navigate(
                  id,
                  snap.dataset.relations.some((r) => r.id === id) ? 'relation' : 'entity',
                )
              }
              onClose={() => setProblemsOpen(false)}
            />
          )}
          {snap.editing && !draft && (
            <SelectionActions
              editor={editor}
              selected={fromAddress}
              onNewRelation={setDraft}
              onDone={setNote}
            />
          )}
          {draft && (
            <NewRelationDialog
              draft={draft}
              dataset={snap.dataset}
              ws={snap.ws}
              onClose={() => setDraft(undefined)}
              onAdd={(edit, relationId) => {
                editor.apply(edit);
                setDraft(undefined);
                setNote(`Added ${relationId} (unsaved).`);
                // The graph has it now: show it, with its quote.
                window.setTimeout(() => navigate(relationId, 'relation'), 0);
                return undefined;
              }}
            />
          )}
        </>,
        document.body,
      )}
      <span className="visually-hidden" role="status" aria-live="polite">
        {note}
      </span>
    </>
  );
}
