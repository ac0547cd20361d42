import { useEffect, useRef, useState } from 'react';
import { addAlias, addEvidence } from '../../data/edits/builders';
import { passageIn } from '../../data/edits/fromSelection';
import { curateLink, useCurateLink } from './curateLink';
import type { Editor } from './editor';
import type { RelationDraft } from './NewRelationDialog';

interface Props {
  editor: Editor;
  onNewRelation: (draft: RelationDraft) => void;
  /** The entity or relation selected in the explorer (read from the address). */
  selected: () => { entity?: string; relation?: string };
  onDone: (message: string) => void;
}

interface Picked {
  sourceId: string;
  text: string;
  near: number;
  rect: DOMRect;
}

/** The selection inside an article's text (an element marked data-article-source), if any. */
function readSelection(): Picked | undefined {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
  const range = sel.getRangeAt(0);
  const host = (
    range.commonAncestorContainer instanceof Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement
  )?.closest<HTMLElement>('[data-article-source]');
  const sourceId = host?.dataset.articleSource;
  const text = sel.toString();
  if (!host || !sourceId || !text.trim()) return undefined;
  const before = document.createRange();
  before.setStart(host, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return { sourceId, text, near: before.toString().length, rect: range.getBoundingClientRect() };
}

/**
 * While editing, a selection in the Article offers what it can become: a new
 * relation, evidence for the selected relation, an alias of the selected entity.
 */
export function SelectionActions({ editor, onNewRelation, selected, onDone }: Props) {
  const [picked, setPicked] = useState<Picked>();
  const [error, setError] = useState<string>();
  const box = useRef<HTMLDivElement>(null);
  // Asked by key (Enter on a selection in the Article): shown at once, focus on its first action.
  const asked = useCurateLink((s) => s.actionsAsked);
  const [focusAsked, setFocusAsked] = useState(0);
  useEffect(() => {
    if (!asked) return;
    setPicked(readSelection());
    setFocusAsked(asked);
  }, [asked]);
  useEffect(() => {
    if (focusAsked) box.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  }, [focusAsked]);

  useEffect(() => {
    let timer = 0;
    const update = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setPicked(readSelection()), 120);
    };
    document.addEventListener('selectionchange', update);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', update);
    };
  }, []);

  if (!picked) return null;
  const snap = editor.getSnapshot();
  const source = snap.dataset.sources.find((s) => s.id === picked.sourceId);
  const text = source ? snap.ws.texts.get(`sources/${source.file}`) : undefined;
  const passage = text ? passageIn(text, picked.text, picked.near) : undefined;
  const { entity, relation } = selected();

  const run = (f: () => void, message: string) => {
    try {
      f();
      setError(undefined);
      document.getSelection()?.removeAllRanges();
      onDone(message);
    } catch (e) {
      setError(e instanceof Error ? e.message.replace(/^parley\/edits: /, '') : String(e));
    }
  };
  const evidence = () => ({
    source: picked.sourceId,
    quote: passage!.quote,
    ...(passage!.sentence ? { sentence: passage!.sentence } : {}),
  });

  const top = Math.min(picked.rect.bottom + 8, window.innerHeight - 60);
  const left = Math.max(8, Math.min(picked.rect.left, window.innerWidth - 340));
  return (
    <div
      ref={box}
      className="curate-selection"
      role="toolbar"
      aria-label="Selection"
      style={{ top, left }}
      onKeyDown={(e) => {
        // Back to the text the keys selected in; the selection stays.
        if (e.key !== 'Escape') return;
        const back = curateLink.get().returnTo;
        if (!back?.isConnected) return;
        e.preventDefault();
        e.stopPropagation();
        back.focus();
      }}
    >
      {!passage ? (
        <p role="status">The selection is not verbatim in the source text.</p>
      ) : (
        <>
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              // Names picked in the Article fill From and To.
              const { from, to } = curateLink.get().picks;
              onNewRelation({
                sourceId: picked.sourceId,
                quote: passage.quote,
                ...(passage.sentence ? { sentence: passage.sentence } : {}),
                ...(from ? { from: { kind: 'existing' as const, id: from } } : {}),
                ...(to ? { to: { kind: 'existing' as const, id: to } } : {}),
              });
              curateLink.clearPicks();
              setPicked(undefined);
            }}
          >
            Add relation from selection
          </button>
          <button
            type="button"
            disabled={!relation}
            title={relation ? undefined : 'Select a relation first'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() =>
              run(
                () => editor.apply(addEvidence(snap.ws, relation!, evidence())),
                `Evidence added to ${relation}.`,
              )
            }
          >
            Add as evidence
          </button>
          <button
            type="button"
            disabled={!entity}
            title={entity ? undefined : 'Select an entity first'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() =>
              run(
                () => editor.apply(addAlias(snap.ws, entity!, passage.quote)),
                `“${passage.quote}” is now an alias of ${entity}.`,
              )
            }
          >
            Add alias
          </button>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
