import type { Core } from 'cytoscape';
import type { CanvasMarks } from '../../canvas/timeMarks';
import type { PathMarks } from '../../canvas/pathHighlight';
import type { Store } from '../../state/store';
import type { ViewActions, ViewStore } from '../../state/viewStore';
import type { Selection } from '../../state/viewState';
import type { Notice } from '../notices/Notices';
import type { PanelAsk, Session } from './session';

/**
 * The explorer's named actions: the view store's, plus those that also move
 * the canvas or focus (a search pick centres the graph and focuses Details).
 * Panels call these; no callback is threaded down to them.
 */
export function explorerActions(
  view: ViewStore,
  session: Store<Session>,
  /** Whether an entity is on the view now (a pick inside it keeps a focused network). */
  isShown: (id: string) => boolean,
) {
  const bump = (key: 'centerNonce' | 'fitNonce' | 'detailsFocus') =>
    session.set((s) => ({ ...s, [key]: s[key] + 1 }));
  const a = view.actions;
  return {
    ...a,
    /** Selects an entity as a search pick or a link does: centred, focus to Details. */
    navigate: (id: string) => {
      a.select({ kind: 'entity', id }, isShown(id));
      bump('centerNonce');
      bump('detailsFocus');
    },
    selectRelation: (id: string) => {
      a.select({ kind: 'relation', id });
      bump('detailsFocus');
    },
    /** Picked on the canvas: inside the view, so a focused network stays put. */
    selectOnCanvas: (selection: Selection) => a.select(selection, true),
    /** Picked in the List view: the canvas behind it frames the pick for when it comes back. */
    selectInList: (selection: Selection) => {
      a.select(selection, true);
      bump('centerNonce');
    },
    centre: () => bump('centerNonce'),
    fit: () => bump('fitNonce'),
    setCy: (cy: Core | null) => session.set((s) => ({ ...s, cy })),
    notify: (notice: Notice) => session.set((s) => ({ ...s, notices: [...s.notices, notice] })),
    /** Notices from a restored address replace the shown ones (none: the shown ones stay). */
    replaceNotices: (notices: Notice[]) =>
      session.set((s) => (notices.length ? { ...s, notices } : s)),
    dismissNotices: () => session.set((s) => ({ ...s, notices: [] })),
    setMarks: (owner: string, marks: CanvasMarks['thread'] | undefined) =>
      session.set((s) => {
        if (s.marks[owner] === marks) return s;
        const { [owner]: _drop, ...rest } = s.marks;
        return { ...s, marks: marks ? { ...rest, [owner]: marks } : rest };
      }),
    setPath: (path: PathMarks | null) => session.set((s) => ({ ...s, path })),
    /** A person asks a panel open (by its feature name). */
    ask: (name: string, ask: PanelAsk = {}) =>
      session.set((s) => ({ ...s, asked: { ...s.asked, [name]: ask } })),
    unask: (name: string) =>
      session.set((s) => {
        if (!(name in s.asked)) return s;
        const { [name]: _drop, ...asked } = s.asked;
        return { ...s, asked };
      }),
  };
}
export type ExplorerActions = ReturnType<typeof explorerActions> & ViewActions;
