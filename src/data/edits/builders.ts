import { EditError, itemOf, type Edit, type Op } from './apply';
import { items, locate, type ListKey, type Rec, type Workspace } from './workspace';

/**
 * The edits a curator makes, as data: each builder reads the workspace and
 * returns an Edit (ops to apply), never changing anything itself. New items
 * go where the repository keeps their kind (entities/<type>.json; a relation
 * in the file of its meeting's group), with their keys in the files' order.
 */

const SCHEMA_REF = '../schema/parley.schema.json';

const KEY_ORDER: Record<ListKey, readonly string[]> = {
  sources: ['id', 'title', 'publisher', 'published', 'language', 'file', 'note'],
  entities: ['id', 'type', 'label', 'aliases', 'description', 'kind', 'date', 'number', 'note'],
  relations: [
    'id',
    'type',
    'source',
    'target',
    'date',
    'at',
    'by',
    'on_behalf_of',
    'qualifiers',
    'note',
    'evidence',
  ],
};
const EVIDENCE_ORDER = ['source', 'quote', 'sentence'];
const DATE_ORDER = ['precision', 'value', 'note'];

/** A copy with known keys first in the files' order, then any others as given; undefined dropped. */
export function ordered(value: Rec, order: readonly string[]): Rec {
  const keys = [
    ...order.filter((k) => k in value),
    ...Object.keys(value).filter((k) => !order.includes(k)),
  ];
  const out: Rec = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

export function normalise(list: ListKey, value: Rec): Rec {
  const out = ordered(value, KEY_ORDER[list]);
  if (Array.isArray(out.evidence))
    out.evidence = out.evidence.map((e: Rec) => ordered(e, EVIDENCE_ORDER));
  if (out.date && typeof out.date === 'object') out.date = ordered(out.date as Rec, DATE_ORDER);
  return out;
}

function assertFreeId(ws: Workspace, id: string) {
  if (locate(ws, id)) throw new EditError(`the id "${id}" is taken: choose another`);
}

function insertInto(ws: Workspace, file: string, list: ListKey, value: Rec): Op[] {
  const existing = ws.files.get(file);
  const ops: Op[] = [];
  if (!existing)
    ops.push({
      op: 'createFile',
      file,
      head: [
        ['$schema', SCHEMA_REF],
        [list, undefined],
      ],
    });
  const index = existing?.lists[list]?.length ?? 0;
  ops.push({ op: 'insert', file, list, index, item: itemOf(normalise(list, value)) });
  return ops;
}

export function addEntity(ws: Workspace, entity: Rec): Edit {
  assertFreeId(ws, String(entity.id));
  return {
    label: `Add ${String(entity.label)}`,
    ops: insertInto(ws, `entities/${String(entity.type)}.json`, 'entities', entity),
  };
}

/**
 * The file of a relation's group: the relations file named after its meeting
 * (`at`, or an end that is a meeting) when there is one, else the file most of
 * the relations touching its ends live in, else relations/context.json.
 */
export function relationFile(ws: Workspace, relation: Rec): string {
  const candidates = [relation.at, relation.source, relation.target].filter(
    (v): v is string => typeof v === 'string',
  );
  for (const id of candidates) {
    const name = `relations/${id}.json`;
    if (ws.files.has(name)) return name;
  }
  return 'relations/context.json';
}

export function addRelation(ws: Workspace, relation: Rec): Edit {
  assertFreeId(ws, String(relation.id));
  return {
    label: `Add relation ${String(relation.id)}`,
    ops: insertInto(ws, relationFile(ws, relation), 'relations', relation),
  };
}

/** Replaces an item; it keeps its own key order (an item written out of schema order stays so). */
export function updateItem(ws: Workspace, id: string, value: Rec, label = `Edit ${id}`): Edit {
  return editFields(ws, id, value, label);
}

/** The relations that go with an entity: every one naming it as an end, meeting, speaker or side. */
export function relationsOf(ws: Workspace, entityId: string): string[] {
  return items(ws, 'relations')
    .filter(({ value: r }) => {
      const q = r.qualifiers && typeof r.qualifiers === 'object' ? Object.values(r.qualifiers) : [];
      return [r.source, r.target, r.at, r.by, r.on_behalf_of, ...q].flat().includes(entityId);
    })
    .map((i) => i.id);
}

export function removeItem(ws: Workspace, id: string): Edit {
  const at = locate(ws, id);
  if (!at) throw new EditError(`no "${id}" to delete`);
  const cascade = at.list === 'entities' ? relationsOf(ws, id) : [];
  const ops: Op[] = cascade.map((rid) => {
    const r = locate(ws, rid, 'relations')!;
    return { op: 'delete', file: r.file, list: 'relations', id: rid };
  });
  ops.push({ op: 'delete', file: at.file, list: at.list, id });
  return { label: `Delete ${id}`, ops };
}

export function addEvidence(ws: Workspace, relationId: string, evidence: Rec): Edit {
  const at = locate(ws, relationId, 'relations');
  if (!at) throw new EditError(`no relation "${relationId}"`);
  const list = Array.isArray(at.item.value.evidence) ? at.item.value.evidence : [];
  return updateItem(
    ws,
    relationId,
    { ...at.item.value, evidence: [...list, evidence] },
    `Add evidence to ${relationId}`,
  );
}

export function addAlias(ws: Workspace, entityId: string, alias: string): Edit {
  const at = locate(ws, entityId, 'entities');
  if (!at) throw new EditError(`no entity "${entityId}"`);
  const aliases = Array.isArray(at.item.value.aliases) ? (at.item.value.aliases as string[]) : [];
  if (aliases.includes(alias) || at.item.value.label === alias)
    throw new EditError(`"${alias}" is already a name of ${entityId}`);
  return updateItem(
    ws,
    entityId,
    { ...at.item.value, aliases: [...aliases, alias] },
    `Add alias ${alias}`,
  );
}

// Fields whose strings are text, never ids: a rename leaves them alone.
const TEXT_FIELDS = new Set([
  'label',
  'aliases',
  'description',
  'note',
  'quote',
  'sentence',
  'title',
  'publisher',
  'file',
  'value',
  'precision',
  'language',
  'kind',
  'type',
]);

function renamed(value: unknown, from: string, to: string, key?: string): unknown {
  if (key && TEXT_FIELDS.has(key)) return value;
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => renamed(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, from, to, k)]));
  }
  return value;
}

/** Changes an id everywhere it is used (ends, meetings, speakers, sides, evidence sources, qualifiers). */
export function renameId(ws: Workspace, from: string, to: string): Edit {
  if (!locate(ws, from)) throw new EditError(`no "${from}" to rename`);
  assertFreeId(ws, to);
  const ops: Op[] = [];
  for (const file of ws.files.values()) {
    for (const [list, its] of Object.entries(file.lists) as [
      ListKey,
      typeof file.lists.sources,
    ][]) {
      for (const item of its ?? []) {
        const value = renamed(item.value, from, to) as Rec;
        if (item.id === from) value.id = to;
        if (JSON.stringify(value) === JSON.stringify(item.value)) continue;
        ops.push({ op: 'replace', file: file.name, list, id: item.id, item: itemOf(value) });
      }
    }
  }
  // A replace keyed by the old id swaps in the renamed item; its inverse is keyed by the new one.
  return { label: `Rename ${from} to ${to}`, ops };
}

/** A new source: its entry in sources.json and its text in sources/<file>. */
export function addSource(ws: Workspace, source: Rec, text: string): Edit {
  assertFreeId(ws, String(source.id));
  const file = String(source.file);
  if (ws.texts.has(`sources/${file}`))
    throw new EditError(`sources/${file} exists already: choose another file name`);
  return {
    label: `Add source ${String(source.title)}`,
    ops: [
      ...insertInto(ws, 'sources.json', 'sources', source),
      { op: 'putText', file: `sources/${file}`, text },
    ],
  };
}

/**
 * The keys an item already has, in its own order (a file written by hand may
 * differ from the schema's), with any new key placed after the last key that
 * precedes it in the schema order.
 */
export function mergedOrder(existing: readonly string[], schema: readonly string[]): string[] {
  const out = [...existing];
  for (const k of schema) {
    if (out.includes(k)) continue;
    const rank = schema.indexOf(k);
    let at = 0;
    out.forEach((o, j) => {
      const r = schema.indexOf(o);
      if (r >= 0 && r < rank) at = j + 1;
    });
    out.splice(at, 0, k);
  }
  return out;
}

/**
 * An edit of an item's fields (Details' forms) that keeps the item's own key
 * order, so git diff shows the fields changed and no key moved.
 */
export function editFields(ws: Workspace, id: string, value: Rec, label = `Edit ${id}`): Edit {
  const at = locate(ws, id);
  if (!at) throw new EditError(`no "${id}" to edit`);
  if (String(value.id) !== id) throw new EditError('use renameId to change an id');
  const order = mergedOrder(Object.keys(at.item.value), KEY_ORDER[at.list]);
  const item = itemOf(ordered(normalise(at.list, value), order));
  return { label, ops: [{ op: 'replace', file: at.file, list: at.list, id, item }] };
}
