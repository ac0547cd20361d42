import type { QuoteAnchor } from '../../../data/anchor';
import { locate, type Rec, type Workspace } from '../../../data/edits/workspace';
import { ID_PATTERN, type Dataset, type RelationTypeSpec, type Vocabulary } from '../../../model';

/**
 * The Details forms as plain data: a stored entity or relation becomes the
 * fields a curator edits, and the fields become the stored value again with
 * every key the form does not show kept as it was (kind, number, attributes,
 * a date's note…). No React here: the panel only binds these to inputs.
 */

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface DateFields {
  date: string;
  dateNote: string;
}

export interface EntityFields extends DateFields {
  label: string;
  aliases: string[];
  description: string;
  note: string;
}

export interface RelationFields extends DateFields {
  type: string;
  source: string;
  target: string;
  /** Meeting (`at`), or "". */
  at: string;
  /** Speakers (`by`), at most two shown; "" for an empty field. */
  by: string[];
  /** Sides (`on_behalf_of`), at most two shown. */
  sides: string[];
  qualifiers: [string, string][];
  note: string;
  evidence: Rec[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

function dateFields(v: Rec): DateFields {
  const d = v.date && typeof v.date === 'object' ? (v.date as Rec) : {};
  return { date: str(d.value), dateNote: str(d.note) };
}

export function entityFields(v: Rec): EntityFields {
  return {
    label: str(v.label),
    aliases: strings(v.aliases),
    description: str(v.description),
    note: str(v.note),
    ...dateFields(v),
  };
}

/** Two slots for a list of ids (a joint statement names two), padded with "". */
const two = (ids: string[]) => [ids[0] ?? '', ids[1] ?? ''];

export function relationFields(v: Rec): RelationFields {
  const q = v.qualifiers && typeof v.qualifiers === 'object' ? (v.qualifiers as Rec) : {};
  return {
    type: str(v.type),
    source: str(v.source),
    target: str(v.target),
    at: str(v.at),
    by: two(strings(v.by)),
    sides: two(strings(v.on_behalf_of)),
    qualifiers: Object.entries(q).map(([k, x]) => [k, str(x)]),
    note: str(v.note),
    evidence: Array.isArray(v.evidence) ? (v.evidence as Rec[]) : [],
    ...dateFields(v),
  };
}

/** What is wrong with the fields before they may be applied, in plain words; [] when nothing. */
export function fieldErrors(f: Partial<EntityFields & RelationFields>): string[] {
  const out: string[] = [];
  if (f.date !== undefined && f.date.trim() && !DATE_VALUE.test(f.date.trim()))
    out.push(`Date “${f.date.trim()}”: write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-10-31).`);
  if (f.label !== undefined && !f.label.trim()) out.push('Label: an entity needs a name.');
  if (f.qualifiers) {
    const keys = f.qualifiers.map(([k]) => k).filter(Boolean);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) out.push(`Qualifier “${twice}” is there twice: keep one.`);
  }
  if (f.evidence && f.evidence.length === 0)
    out.push('Evidence: a relation needs at least one quote. Delete the relation instead.');
  return out;
}

/** The stored date from the fields: precision from the value's form, "unknown" with only a note. */
function dateOf(old: unknown, f: DateFields): Rec | undefined {
  const value = f.date.trim();
  const note = f.dateNote.trim();
  if (!value && !note) return undefined;
  const precision = !value
    ? 'unknown'
    : /^\d{4}$/.test(value)
      ? 'year'
      : /^\d{4}-\d{2}$/.test(value)
        ? 'month'
        : 'day';
  const before = old && typeof old === 'object' ? (old as Rec) : {};
  return { ...before, precision, value: value || undefined, note: note || undefined };
}

/** An optional text: trimmed, and absent when empty (the files never hold ""). */
const optional = (s: string) => s.trim() || undefined;

export function entityValue(old: Rec, f: EntityFields): Rec {
  const label = f.label.trim();
  // Trimmed, empties dropped; nothing else, so an untouched list stays as the file has it.
  const aliases = f.aliases.map((a) => a.trim()).filter(Boolean);
  return {
    ...old,
    label,
    aliases,
    description: f.description.trim(),
    date: dateOf(old.date, f),
    note: optional(f.note),
  };
}

export function relationValue(old: Rec, f: RelationFields): Rec {
  const ids = (list: string[], kept: unknown) => {
    // Past the two fields shown, any further ids stay as they were.
    const out = [...list, ...strings(kept).slice(2)].filter(Boolean);
    return out.length ? [...new Set(out)] : undefined;
  };
  const q = f.qualifiers.filter(([k, v]) => k && v.trim());
  return {
    ...old,
    type: f.type,
    source: f.source,
    target: f.target,
    date: dateOf(old.date, f),
    at: optional(f.at),
    by: ids(f.by, old.by),
    on_behalf_of: ids(f.sides, old.on_behalf_of),
    qualifiers: q.length ? Object.fromEntries(q.map(([k, v]) => [k, v.trim()])) : undefined,
    note: optional(f.note),
    evidence: f.evidence,
  };
}

/** Whether applying would change anything (keys whose value is undefined count as absent). */
export function sameValue(a: Rec, b: Rec): boolean {
  const norm = (v: Rec) => JSON.stringify(v, Object.keys(v).sort());
  const clean = (v: Rec) => JSON.parse(JSON.stringify(v)) as Rec;
  return norm(clean(a)) === norm(clean(b));
}

/** The written type of an entity (an added type as named in the file). */
export function writtenType(dataset: Dataset, id: string): string | undefined {
  const e = dataset.entities.find((x) => x.id === id);
  return e ? (e.addedType ?? e.type) : undefined;
}

/** Relation types the vocabulary allows between these ends' types; the current one always stays listed. */
export function allowedTypes(
  vocabulary: Vocabulary,
  from: string | undefined,
  to: string | undefined,
  current?: string,
): RelationTypeSpec[] {
  return vocabulary.relationTypes.filter(
    (r) =>
      r.id === current ||
      ((!from || vocabulary.allows(r.id, 'source', from)) &&
        (!to || vocabulary.allows(r.id, 'target', to))),
  );
}

/** A relation in words, as Details reads it: "Ha Kim Ngoc — co-chaired — 12th dialogue". */
export function relationWording(dataset: Dataset, vocabulary: Vocabulary, id: string): string {
  const r = dataset.relations.find((x) => x.id === id);
  if (!r) return id;
  const name = (e: string) => dataset.entities.find((x) => x.id === e)?.label ?? e;
  const verb = vocabulary.relationType(r.type)?.label ?? r.type;
  return `${name(r.source)} — ${verb} — ${name(r.target)}`;
}

/** Why an id cannot become `to`, in plain words; undefined when it can. */
export function renameProblem(ws: Workspace, from: string, to: string): string | undefined {
  const id = to.trim();
  if (!id) return 'Type the new id.';
  if (id === from) return `“${id}” is already its id.`;
  if (!ID_PATTERN.test(id))
    return `“${id}” is not an id: use lowercase letters, digits and single - _ . between them (e.g. “new-topic-2”).`;
  const taken = locate(ws, id);
  if (taken) {
    const what = taken.list === 'entities' ? 'an entity' : taken.list.replace(/s$/, '');
    const label = str(taken.item.value.label) || str(taken.item.value.title);
    return `“${id}” is already the id of ${what}${label ? ` (${label})` : ''} in ${taken.file}: choose another.`;
  }
  return undefined;
}

/** A quote's health in plain words, from the same anchoring as the Article view and the validator. */
export function healthWords(a: QuoteAnchor, sourceTitle: (id: string) => string): string {
  switch (a.health) {
    case 'exact':
      return a.repeats.length
        ? `Verbatim in its source (the words occur ${a.repeats.length + 1} times; its sentence says which)`
        : 'Verbatim in its source';
    case 'normalized':
      return 'In its source once spaces and quote marks are folded';
    case 'elsewhere':
      return `Not in its source, but in “${sourceTitle(a.foundIn ?? '')}”: cite that source`;
    default:
      return a.noText
        ? 'Its source has no text to check it against'
        : 'Not found in its source: remove it, or add the exact words from the article';
  }
}
