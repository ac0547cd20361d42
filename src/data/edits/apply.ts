import type { Item, ListKey, Rec, WorkFile, Workspace } from './workspace';

/**
 * The primitive changes an edit is made of. Each one applied returns its
 * inverse, so undo is applying the inverses in reverse order: an undone edit
 * restores the very text an item was read from.
 */
export type Op =
  | { op: 'insert'; file: string; list: ListKey; index: number; item: Item }
  | { op: 'delete'; file: string; list: ListKey; id: string }
  | { op: 'replace'; file: string; list: ListKey; id: string; item: Item }
  | { op: 'createFile'; file: string; head: readonly (readonly [string, unknown])[] }
  | { op: 'deleteFile'; file: string }
  | { op: 'putText'; file: string; text: string | undefined };

/** One user action ("Add relation", "Rename id"): what undo and redo step over. */
export interface Edit {
  label: string;
  ops: readonly Op[];
}

export class EditError extends Error {
  constructor(message: string) {
    super(`parley/edits: ${message}`);
    this.name = 'EditError';
  }
}

export function applyEdit(ws: Workspace, edit: Edit): { ws: Workspace; inverse: Edit } {
  let next = ws;
  const inverses: Op[] = [];
  for (const op of edit.ops) {
    const r = applyOp(next, op);
    next = r.ws;
    inverses.unshift(r.inverse);
  }
  return { ws: next, inverse: { label: edit.label, ops: inverses } };
}

/** A fresh item from a value (an edited or new one): printed anew when its file is written. */
export const itemOf = (value: Rec): Item => ({ id: String(value.id), value });

function applyOp(ws: Workspace, op: Op): { ws: Workspace; inverse: Op } {
  switch (op.op) {
    case 'createFile': {
      if (ws.files.has(op.file)) throw new EditError(`${op.file} exists already`);
      const file: WorkFile = { name: op.file, head: op.head, lists: {}, dirty: true };
      return { ws: withFile(ws, file), inverse: { op: 'deleteFile', file: op.file } };
    }
    case 'deleteFile': {
      const file = getFile(ws, op.file);
      const files = new Map(ws.files);
      files.delete(op.file);
      return {
        ws: { ...ws, files },
        inverse: { op: 'createFile', file: op.file, head: file.head },
      };
    }
    case 'putText': {
      const texts = new Map(ws.texts);
      const before = texts.get(op.file);
      if (op.text === undefined) texts.delete(op.file);
      else texts.set(op.file, op.text);
      const dirtyTexts = new Set(ws.dirtyTexts).add(op.file);
      return {
        ws: { ...ws, texts, dirtyTexts },
        inverse: { op: 'putText', file: op.file, text: before },
      };
    }
    default:
      return applyListOp(ws, op);
  }
}

function applyListOp(
  ws: Workspace,
  op: Extract<Op, { op: 'insert' | 'delete' | 'replace' }>,
): { ws: Workspace; inverse: Op } {
  const file = getFile(ws, op.file);
  const list = [...(file.lists[op.list] ?? [])];
  let inverse: Op;
  if (op.op === 'insert') {
    list.splice(Math.min(op.index, list.length), 0, op.item);
    inverse = { op: 'delete', file: op.file, list: op.list, id: op.item.id };
  } else {
    const index = list.findIndex((i) => i.id === op.id);
    if (index < 0) throw new EditError(`no "${op.id}" in ${op.file}`);
    const before = list[index]!;
    if (op.op === 'delete') {
      list.splice(index, 1);
      inverse = { op: 'insert', file: op.file, list: op.list, index, item: before };
    } else {
      list[index] = op.item;
      inverse = { op: 'replace', file: op.file, list: op.list, id: op.item.id, item: before };
    }
  }
  const head = file.head.some(([k]) => k === op.list)
    ? file.head
    : [...file.head, [op.list, undefined] as const];
  const next: WorkFile = { ...file, head, lists: { ...file.lists, [op.list]: list }, dirty: true };
  return { ws: withFile(ws, next), inverse };
}

function getFile(ws: Workspace, name: string): WorkFile {
  const file = ws.files.get(name);
  if (!file) throw new EditError(`no file ${name}`);
  return file;
}

function withFile(ws: Workspace, file: WorkFile): Workspace {
  const files = new Map(ws.files);
  files.set(file.name, file);
  return { ...ws, files };
}

/** Several edits as one undo step: each built on the workspace the previous ones left. */
export function composeEdits(
  ws: Workspace,
  label: string,
  steps: readonly ((ws: Workspace) => Edit)[],
): Edit {
  let current = ws;
  const ops: Op[] = [];
  for (const step of steps) {
    const edit = step(current);
    current = applyEdit(current, edit).ws;
    ops.push(...edit.ops);
  }
  return { label, ops };
}
