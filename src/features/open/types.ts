import type { Problem } from '../../data/problems';
import type { GraphSource, LoadedFromSource } from '../../data/source';

/** Files that opened: their source and what it loaded (the app builds the graph). */
export interface OpenedDataset {
  source: GraphSource;
  load: LoadedFromSource;
  /** Read again with kinds from another column ("Type from"): which select to focus after. */
  retyped?: 'node' | 'edge';
}

export type OpenState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string; progress?: string }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'failed'; fileName: string; problems: Problem[] };

/** A dataset handed over and not drawn yet: Cancel meanwhile calls `undo`. */
export interface Drawing {
  /** Settles once the graph is drawn (usable while its layout refines). */
  drawn: Promise<void>;
  /** Puts the previous graph (and its view) back. */
  undo: () => void;
}
