import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { formatJsonAt } from './formatJson';

/**
 * A dataset folder as its files, ready to be edited and written back with
 * minimal diffs. Each list item (a source, entity or relation) keeps the exact
 * text it was read from until an edit touches it, so writing a file prints
 * only what changed and every other byte stays as it was.
 */

export type ListKey = 'sources' | 'entities' | 'relations';
export const LIST_KEYS: readonly ListKey[] = ['sources', 'entities', 'relations'];

export type Rec = Record<string, unknown>;

export interface Item {
  readonly id: string;
  readonly value: Rec;
  /** The item's text as read; dropped once an edit changes the item. */
  readonly raw?: string;
}

export interface WorkFile {
  readonly name: string;
  /** The file's text as read (absent for a file an edit created). */
  readonly original?: string;
  /** Top-level keys in file order, with the values of those that are not lists. */
  readonly head: readonly (readonly [string, unknown])[];
  readonly lists: Partial<Record<ListKey, readonly Item[]>>;
  /** Set once an edit touched the file. */
  readonly dirty?: boolean;
}

export interface Workspace {
  readonly files: ReadonlyMap<string, WorkFile>;
  /** Text files (source articles) as read or written, by name ("sources/x.txt"). */
  readonly texts: ReadonlyMap<string, string>;
  /** Text files an edit created or changed. */
  readonly dirtyTexts: ReadonlySet<string>;
  /** JSON files that could not be parsed: kept as they are, never rewritten. */
  readonly unreadable: ReadonlyMap<string, string>;
}

export interface FileText {
  name: string;
  text: string;
}

export function openWorkspace(
  jsonFiles: readonly FileText[],
  textFiles: readonly FileText[] = [],
): Workspace {
  const files = new Map<string, WorkFile>();
  const unreadable = new Map<string, string>();
  for (const f of jsonFiles) {
    const parsed = readFile(f);
    if (parsed) files.set(f.name, parsed);
    else unreadable.set(f.name, f.text);
  }
  return {
    files,
    texts: new Map(textFiles.map((t) => [t.name, t.text])),
    dirtyTexts: new Set(),
    unreadable,
  };
}

function readFile({ name, text }: FileText): WorkFile | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true });
  if (!root || errors.length || root.type !== 'object') return undefined;
  const head: [string, unknown][] = [];
  const lists: Partial<Record<ListKey, Item[]>> = {};
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) return undefined;
    const key = keyNode.value as string;
    head.push([key, undefined]);
    if (isListKey(key) && valueNode.type === 'array') {
      const items = (valueNode.children ?? []).map((n) => readItem(text, n));
      if (items.some((i) => !i)) return undefined;
      lists[key] = items as Item[];
    } else
      head[head.length - 1] = [
        key,
        JSON.parse(text.slice(valueNode.offset, valueNode.offset + valueNode.length)),
      ];
  }
  return { name, original: text, head, lists };
}

function readItem(text: string, node: Node): Item | undefined {
  if (node.type !== 'object') return undefined;
  const raw = text.slice(node.offset, node.offset + node.length);
  const value = JSON.parse(raw) as Rec;
  return typeof value.id === 'string' ? { id: value.id, value, raw } : undefined;
}

const isListKey = (k: string): k is ListKey => (LIST_KEYS as readonly string[]).includes(k);

/** The file's text: as read when no edit touched it, else printed with untouched items verbatim. */
export function fileText(file: WorkFile): string {
  if (!file.dirty && file.original !== undefined) return file.original;
  const keys = file.head.map(([k]) => k);
  const lines = file.head.map(([key, value], i) => {
    const comma = i < keys.length - 1 ? ',' : '';
    const head = `  ${JSON.stringify(key)}: `;
    const list = isListKey(key) ? file.lists[key] : undefined;
    const body = list ? printList(list) : formatJsonAt(value, '  ', comma.length);
    return `${head}${body}${comma}`;
  });
  return `{\n${lines.join('\n')}\n}\n`;
}

function printList(items: readonly Item[]): string {
  if (items.length === 0) return '[]';
  const inner = '    ';
  const lines = items.map((item, i) => {
    const comma = i < items.length - 1 ? ',' : '';
    return `${inner}${item.raw ?? formatJsonAt(item.value, inner, comma.length)}${comma}`;
  });
  return `[\n${lines.join('\n')}\n  ]`;
}

/** Every file an edit changed, with the text to write (JSON and source texts). */
export function changedFiles(ws: Workspace): FileText[] {
  const json = [...ws.files.values()]
    .filter((f) => f.dirty && fileText(f) !== f.original)
    .map((f) => ({ name: f.name, text: fileText(f) }));
  const texts = [...ws.dirtyTexts].flatMap((name) => {
    const text = ws.texts.get(name);
    return text === undefined ? [] : [{ name, text }];
  });
  return [...json, ...texts].sort((a, b) => a.name.localeCompare(b.name));
}

/** All JSON files as text (for validation): unreadable ones as they are. */
export function allJsonFiles(ws: Workspace): FileText[] {
  const files = [...ws.files.values()].map((f) => ({ name: f.name, text: fileText(f) }));
  const bad = [...ws.unreadable].map(([name, text]) => ({ name, text }));
  return [...files, ...bad].sort((a, b) => a.name.localeCompare(b.name));
}

/** Where an item lives. */
export interface Location {
  file: string;
  list: ListKey;
  index: number;
  item: Item;
}

export function locate(ws: Workspace, id: string, list?: ListKey): Location | undefined {
  for (const file of ws.files.values()) {
    for (const key of list ? [list] : LIST_KEYS) {
      const items = file.lists[key] ?? [];
      const index = items.findIndex((i) => i.id === id);
      if (index >= 0) return { file: file.name, list: key, index, item: items[index]! };
    }
  }
  return undefined;
}

export function items(ws: Workspace, list: ListKey): Item[] {
  return [...ws.files.values()].flatMap((f) => [...(f.lists[list] ?? [])]);
}
