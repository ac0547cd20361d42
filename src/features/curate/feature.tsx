import { lazy, use } from 'react';
import { useExplorer, useSession, type Feature } from '../shell';
import { CurationContext } from './context';

// Everything curating adds, loaded with the first press of Edit.
const CurateLayer = lazy(() => import('./CurateLayer'));

/** Edit in the top bar; once editing, the curating bar and its overlays. */
function Curate() {
  const curation = use(CurationContext);
  const { actions } = useExplorer();
  const cy = useSession((s) => s.cy);
  if (!curation) return null;
  if (curation.editor)
    return (
      <CurateLayer
        editor={curation.editor}
        canSave={curation.canSave}
        cy={cy}
        navigate={(id, kind) =>
          kind === 'relation' ? actions.selectRelation(id) : actions.navigate(id)
        }
      />
    );
  return (
    <button
      type="button"
      aria-pressed={false}
      onClick={() => void curation.start().then((ed) => ed.setEditing(true))}
    >
      Edit
    </button>
  );
}

function useCurateOpen(): boolean {
  const curation = use(CurationContext);
  const { embed } = useExplorer();
  return !!curation && !embed && (!!curation.editor || curation.offerEdit);
}

/** Curating in the app: Edit, Undo/Redo edit, Save or Download, Problems, New relation. */
export const curateFeature: Feature = {
  name: 'curate',
  panels: [{ name: 'curating', slot: 'top', Component: Curate, useOpen: useCurateOpen }],
};
