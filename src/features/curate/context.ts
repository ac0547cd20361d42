import { createContext } from 'react';
import type { Editor } from './editor';

/**
 * Curating, as the page holds it (src/app/useCuration.ts: the editor
 * replaces the dataset shown, so it lives above the explorer). The curate
 * feature reads it; absent, the explorer offers no editing.
 */
export interface Curation {
  /** The open editor, once Edit was pressed (or at once under npm run curate). */
  editor: Editor | undefined;
  /** Save goes to the write service (npm run curate); otherwise Download dataset. */
  canSave: boolean;
  /** Offer Edit (the bundled dataset on the static site). */
  offerEdit: boolean;
  start(): Promise<Editor>;
}

export const CurationContext = createContext<Curation | null>(null);
