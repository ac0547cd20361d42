import { applyEdit, type Edit } from '../../data/edits/apply';
import {
  allJsonFiles,
  changedFiles,
  openWorkspace,
  type FileText,
  type Workspace,
} from '../../data/edits/workspace';
import type { Problem } from '../../data/problems';
import { validateFiles } from '../../data/validate';
import type { Dataset } from '../../model';
import { fetchFiles, saveFiles, SaveConflict, type ServedFile } from './service';

/**
 * The curator's session: the dataset folder as a workspace, the edits made
 * since the last save (kept in the browser as a draft, so a reload or a crash
 * loses nothing), undo and redo, and Save through the write service (or, with
 * no service, Download dataset). A small external store: components read it
 * with useSyncExternalStore.
 */

export interface EditorSnapshot {
  ws: Workspace;
  dataset: Dataset;
  problems: Problem[];
  /** Edits since the last save, in order: what Save writes and the draft keeps. */
  pending: readonly Edit[];
  canUndo: boolean;
  canRedo: boolean;
  editing: boolean;
  saving: boolean;
  /** Files that changed on disk since they were read: Save stopped. */
  conflicts?: string[];
  /** The last save's failure, in plain words. */
  error?: string;
  /** The last save's success ("Saved 3 changes to 2 files"). */
  saved?: string;
  /** Ids an unsaved edit added or changed (marked on the graph and in Details). */
  unsaved: ReadonlySet<string>;
}

export interface EditorOptions {
  /** Present under npm run curate: the run's token. */
  token?: string;
  /** Where the draft is kept (localStorage key). */
  draftKey: string;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

const sourceTexts = (ws: Workspace) =>
  new Map([...ws.texts].map(([name, text]) => [name.replace(/^sources\//, ''), text]));

function check(ws: Workspace): { dataset: Dataset; problems: Problem[] } {
  const r = validateFiles(allJsonFiles(ws), { sourceTexts: sourceTexts(ws) });
  return { dataset: r.dataset, problems: r.problems };
}

function touched(edits: readonly Edit[]): Set<string> {
  const ids = new Set<string>();
  for (const e of edits) for (const op of e.ops) if ('item' in op) ids.add(op.item.id);
  return ids;
}

export class Editor {
  private snap: EditorSnapshot;
  private undone: Edit[] = [];
  private inverses: Edit[] = [];
  private hashes = new Map<string, string>();
  /** The folder as last read or saved: what Discard returns to. */
  private readWs: Workspace;
  private listeners = new Set<() => void>();

  private constructor(
    private readonly opts: EditorOptions,
    files: readonly ServedFile[],
  ) {
    this.hashes = new Map(files.map((f) => [f.name, f.hash]));
    this.readWs = openWorkspace(...split(files));
    this.snap = this.snapshotOf(this.readWs, [], {});
  }

  /** Reads the folder from the write service and re-applies a kept draft. */
  static async open(opts: EditorOptions, files?: readonly ServedFile[]): Promise<Editor> {
    const read = files ?? (opts.token ? await fetchFiles(opts.token) : []);
    const editor = new Editor(opts, read);
    editor.restoreDraft();
    return editor;
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = () => this.snap;

  private snapshotOf(
    ws: Workspace,
    pending: readonly Edit[],
    extra: Partial<EditorSnapshot>,
  ): EditorSnapshot {
    return {
      ws,
      ...check(ws),
      pending,
      canUndo: this.inverses.length > 0,
      canRedo: this.undone.length > 0,
      editing: this.snap?.editing ?? false,
      saving: false,
      unsaved: touched(pending),
      ...extra,
    };
  }

  private set(next: EditorSnapshot) {
    this.snap = next;
    this.keepDraft();
    for (const fn of this.listeners) fn();
  }

  setEditing(editing: boolean) {
    this.set({ ...this.snap, editing });
  }

  /** Applies an edit; throws (EditError) with nothing changed when it cannot apply. */
  apply(edit: Edit) {
    const { ws, inverse } = applyEdit(this.snap.ws, edit);
    this.inverses.push(inverse);
    this.undone = [];
    this.set(this.snapshotOf(ws, [...this.snap.pending, edit], {}));
  }

  undo() {
    const inverse = this.inverses.pop();
    if (!inverse) return;
    const { ws, inverse: redo } = applyEdit(this.snap.ws, inverse);
    this.undone.push(redo);
    this.set(this.snapshotOf(ws, this.snap.pending.slice(0, -1), {}));
  }

  redo() {
    const edit = this.undone.pop();
    if (!edit) return;
    const { ws, inverse } = applyEdit(this.snap.ws, edit);
    this.inverses.push(inverse);
    this.set(this.snapshotOf(ws, [...this.snap.pending, edit], {}));
  }

  /** Throws every unsaved edit away: back to the files as read. */
  async discard(files?: readonly ServedFile[]) {
    const read = files ?? (this.opts.token ? await fetchFiles(this.opts.token) : undefined);
    this.inverses = [];
    this.undone = [];
    if (read) {
      this.hashes = new Map(read.map((f) => [f.name, f.hash]));
      this.readWs = openWorkspace(...split(read));
    }
    this.set(this.snapshotOf(this.readWs, [], {}));
  }

  /** The files Save would write. */
  changes(): FileText[] {
    return changedFiles(this.snap.ws);
  }

  async save(): Promise<void> {
    const token = this.opts.token;
    if (!token) throw new Error('no write service: use Download dataset');
    const files = this.changes().map((f) => ({ ...f, base: this.hashes.get(f.name) ?? null }));
    if (files.length === 0) return;
    this.set({
      ...this.snap,
      saving: true,
      error: undefined,
      conflicts: undefined,
      saved: undefined,
    });
    try {
      const written = await saveFiles(token, files);
      for (const f of written) this.hashes.set(f.name, f.hash);
      // What was written is now what was read: the workspace starts again from it.
      const read = await fetchFiles(token);
      this.inverses = [];
      this.undone = [];
      const count = this.snap.pending.length;
      const ws = (this.readWs = openWorkspace(...split(read)));
      this.hashes = new Map(read.map((f) => [f.name, f.hash]));
      this.set(
        this.snapshotOf(ws, [], {
          saved: `Saved ${count} ${count === 1 ? 'change' : 'changes'} to ${written.length} ${written.length === 1 ? 'file' : 'files'}.`,
        }),
      );
    } catch (e) {
      if (e instanceof SaveConflict) this.set({ ...this.snap, saving: false, conflicts: e.files });
      else
        this.set({
          ...this.snap,
          saving: false,
          error: e instanceof Error ? e.message : String(e),
        });
    }
  }

  /** After a conflict: reads the folder again and re-applies the unsaved edits on top of it. */
  async reloadAndReapply(): Promise<void> {
    const token = this.opts.token;
    if (!token) return;
    const read = await fetchFiles(token);
    this.hashes = new Map(read.map((f) => [f.name, f.hash]));
    this.readWs = openWorkspace(...split(read));
    const { ws, failed } = reapply(this.readWs, this.snap.pending);
    this.inverses = [];
    this.undone = [];
    const kept = this.snap.pending.filter((e) => !failed.includes(e));
    this.set(
      this.snapshotOf(ws, kept, {
        ...(failed.length
          ? {
              error: `${failed.length} unsaved ${failed.length === 1 ? 'edit' : 'edits'} no longer fit the files on disk and were dropped: ${failed.map((e) => e.label).join('; ')}.`,
            }
          : {}),
      }),
    );
  }

  private keepDraft() {
    const storage = this.opts.storage ?? globalThis.localStorage;
    try {
      if (this.snap.pending.length === 0) storage?.removeItem(this.opts.draftKey);
      else storage?.setItem(this.opts.draftKey, JSON.stringify({ v: 1, edits: this.snap.pending }));
    } catch {
      // A full or refused storage: the edits stay in the page until saved.
    }
  }

  private restoreDraft() {
    const storage = this.opts.storage ?? globalThis.localStorage;
    let edits: Edit[] = [];
    try {
      const raw = storage?.getItem(this.opts.draftKey);
      const parsed = raw ? (JSON.parse(raw) as { v?: number; edits?: Edit[] }) : undefined;
      if (parsed?.v === 1 && Array.isArray(parsed.edits)) edits = parsed.edits;
    } catch {
      return;
    }
    if (edits.length === 0) return;
    const { ws, failed, inverses } = reapply(this.snap.ws, edits);
    this.inverses = inverses;
    const kept = edits.filter((e) => !failed.includes(e));
    this.snap = this.snapshotOf(ws, kept, {
      editing: true,
      ...(failed.length
        ? {
            error: `${failed.length} kept ${failed.length === 1 ? 'edit' : 'edits'} no longer fit the files and were dropped.`,
          }
        : {}),
    });
  }
}

function split(files: readonly ServedFile[]): [FileText[], FileText[]] {
  return [
    files.filter((f) => f.name.endsWith('.json')),
    files.filter((f) => f.name.endsWith('.txt')),
  ];
}

function reapply(start: Workspace, edits: readonly Edit[]) {
  let ws = start;
  const failed: Edit[] = [];
  const inverses: Edit[] = [];
  for (const e of edits) {
    try {
      const r = applyEdit(ws, e);
      ws = r.ws;
      inverses.push(r.inverse);
    } catch {
      failed.push(e);
    }
  }
  return { ws, failed, inverses };
}
