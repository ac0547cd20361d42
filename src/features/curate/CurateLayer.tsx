import type { Core } from 'cytoscape';
import { use, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { ArticleContext } from '../article/showInArticle';
import { curateLink } from './curateLink';
import { CurateBar, useEditor } from './CurateBar';
import type { Editor } from './editor';
import { NewRelationDialog, type RelationDraft } from './NewRelationDialog';
import { NewSourceDialog } from './NewSourceDialog';
import { ProblemsRegion } from './ProblemsRegion';
import { SelectionActions } from './SelectionActions';
import { useUnsavedMarks } from './useUnsavedMarks';

interface Props {
  editor: Editor;
  canSave: boolean;
  /** Selects an entity or relation in the explorer. */
  navigate: (id: string, kind: 'entity' | 'relation') => void;
  /** The canvas: unsaved edits are marked on it. */
  cy?: Core | null;
}

const fromAddress = () => {
  const q = new URLSearchParams(window.location.search);
  return { entity: q.get('e') ?? undefined, relation: q.get('r') ?? undefined };
};

/** Everything curating adds to the explorer, loaded with the first press of Edit. */
export default function CurateLayer({ editor, canSave, navigate, cy = null }: Props) {
  const snap = useEditor(editor);
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [draft, setDraft] = useState<RelationDraft>();
  const [newSource, setNewSource] = useState(false);
  const [note, setNote] = useState('');
  const article = use(ArticleContext);
  // The Article, the Legend and Details learn of editing and unsaved ids from here.
  useEffect(() => {
    // A new source is not drawn: only entities and relations are marked.
    const sources = new Set(snap.dataset.sources.map((s) => s.id));
    curateLink.set({
      editing: snap.editing,
      unsaved: new Set([...snap.unsaved].filter((id) => !sources.has(id))),
    });
  }, [snap.editing, snap.unsaved, snap.dataset]);
  useEffect(() => () => curateLink.set({ editing: false, unsaved: new Set(), picks: {} }), []);
  useUnsavedMarks(cy, snap.unsaved);
  return (
    <>
      <CurateBar
        editor={editor}
        canSave={canSave}
        problemsOpen={problemsOpen}
        onToggleProblems={() => setProblemsOpen((o) => !o)}
        onNewSource={() => setNewSource(true)}
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
          {newSource && (
            <NewSourceDialog
              ws={snap.ws}
              onClose={() => setNewSource(false)}
              onAdd={(edit, id) => {
                editor.apply(edit);
                setNewSource(false);
                setNote(`Added the source ${id} (unsaved).`);
                // Open once the explorer has the dataset that holds it.
                window.setTimeout(() => article?.open(id), 0);
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
