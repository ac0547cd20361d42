import type { Core } from 'cytoscape';
import type { CanvasMarks } from '../../canvas/timeMarks';
import type { PathMarks } from '../../canvas/pathHighlight';
import type { Notice } from '../notices/Notices';

/** A panel opened by a person (not restored from the address), and what it was opened with. */
export interface PanelAsk {
  /** Pre-filled subject ("Find connection from here"). */
  from?: string;
  /** Move focus into the panel when it opens (asked by key or button, not by a link). */
  autoFocus?: boolean;
}

/**
 * What the explorer holds for this visit only, beside the view store: none
 * of it belongs in the address or in undo. Read with useSession(selector),
 * changed with the shell's named actions.
 */
export interface Session {
  /** The live Cytoscape instance, once drawn. */
  cy: Core | null;
  notices: Notice[];
  /** Bumped to centre the canvas on the selection, fit the graph, focus the Details heading. */
  centerNonce: number;
  fitNonce: number;
  detailsFocus: number;
  /** Canvas marks each open panel contributes, by the panel's feature name. */
  marks: Readonly<Record<string, CanvasMarks['thread']>>;
  /** The path Find connection shows. */
  path: PathMarks | null;
  /** Panels a person asked open, by feature name. */
  asked: Readonly<Record<string, PanelAsk>>;
}

export const startSession = (notices: Notice[] = []): Session => ({
  cy: null,
  notices,
  centerNonce: 0,
  fitNonce: 0,
  detailsFocus: 0,
  marks: {},
  path: null,
  asked: {},
});
