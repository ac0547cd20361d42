import type { EdgeAttrs, NodeAttrs } from '../types';

/**
 * Formats without nested values (GEXF, GraphML, CSV) get flat, primitive
 * columns. Lists are joined with " | "; evidence and qualifiers keep their
 * full structure as JSON strings so nothing is lost.
 */
export const LIST_SEPARATOR = ' | ';

export type Flat = Record<string, string | number>;

export const NODE_COLUMNS = [
  'label',
  'type',
  'aliases',
  'description',
  'kind',
  'number',
  'date',
  'date_precision',
  'date_note',
  'note',
] as const;

export const EDGE_COLUMNS = [
  'type',
  'label',
  'date',
  'date_precision',
  'date_note',
  'at',
  'by',
  'on_behalf_of',
  'qualifiers',
  'note',
  'evidence_count',
  'evidence_sources',
  'evidence',
] as const;

export function flattenNode(a: NodeAttrs): Flat {
  const out: Flat = {
    label: a.label,
    type: a.type,
    aliases: a.aliases.join(LIST_SEPARATOR),
    description: a.description,
  };
  if (a.kind) out.kind = a.kind;
  if (a.number !== undefined) out.number = a.number;
  if (a.date) {
    if (a.date.value) out.date = a.date.value;
    out.date_precision = a.date.precision;
    if (a.date.note) out.date_note = a.date.note;
  }
  if (a.note) out.note = a.note;
  return out;
}

export function flattenEdge(a: EdgeAttrs): Flat {
  const out: Flat = { type: a.type, label: a.label };
  if (a.date) {
    if (a.date.value) out.date = a.date.value;
    out.date_precision = a.date.precision;
    if (a.date.note) out.date_note = a.date.note;
  }
  if (a.at) out.at = a.at;
  if (a.by) out.by = a.by.join(LIST_SEPARATOR);
  if (a.on_behalf_of) out.on_behalf_of = a.on_behalf_of.join(LIST_SEPARATOR);
  if (a.qualifiers && Object.keys(a.qualifiers).length)
    out.qualifiers = JSON.stringify(a.qualifiers);
  if (a.note) out.note = a.note;
  out.evidence_count = a.evidence.length;
  out.evidence_sources = [...new Set(a.evidence.map((e) => e.source))].join(LIST_SEPARATOR);
  out.evidence = JSON.stringify(a.evidence);
  return out;
}
