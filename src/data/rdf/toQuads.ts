import { DataFactory, type Literal, type NamedNode, type Quad, type Quad_Object } from 'n3';
import {
  DEFAULT_VOCABULARY,
  REFERENCE_QUALIFIERS,
  type Dataset,
  type DateSpec,
  type Entity,
  type Evidence,
  type Vocabulary,
  type Relation,
  type Source,
} from '../../model';
import { quoteContext } from './selectors';
import { DEFAULT_BASE, T, classesOf, iris, pq, relationProperty, xsd } from './vocab';

const { literal, quad } = DataFactory;

export interface ToQuadsOptions {
  base?: string;
  /** Source texts by source id, for the prefix/suffix of quotes without a sentence. */
  sourceTexts?: ReadonlyMap<string, string>;
}

const DATE_TYPE = { day: xsd('date'), month: xsd('gYearMonth'), year: xsd('gYear') } as const;

/** A date literal typed by its precision; undefined for an unknown date. */
export function dateLiteral(
  d: DateSpec | { value?: string; precision: string },
): Literal | undefined {
  if (!d.value || d.precision === 'unknown') return undefined;
  const type = DATE_TYPE[d.precision as keyof typeof DATE_TYPE];
  return type ? literal(d.value, type) : undefined;
}

/**
 * A dataset as RDF quads in Parley's vocabulary. Each relation is both an
 * asserted triple (`:ha-kim-ngoc parley:co_chaired :psd-dialogue-12`, for
 * plain queries) and a statement node (`rdf:Statement`, `parley:Relation`)
 * carrying its id, date, qualifiers, at/by/on_behalf_of and note; each piece
 * of evidence is an `oa:Annotation` whose body is the statement node and
 * whose target is a TextQuoteSelector on the source document.
 */
export function datasetToQuads(dataset: Dataset, options: ToQuadsOptions = {}): Quad[] {
  const I = iris(options.base ?? DEFAULT_BASE);
  const out: Quad[] = [];
  const seen = new Set<string>();
  // Two relations of one type between the same pair share their asserted triple: write it once.
  const add = (s: NamedNode, p: NamedNode, o: Quad_Object | undefined) => {
    if (!o) return;
    const k = `${s.value} ${p.value} ${o.termType} ${o.value} ${o.termType === 'Literal' ? o.datatype.value : ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(quad(s, p, o));
  };
  const text = (s: NamedNode, p: NamedNode, v: string | undefined) =>
    v === undefined ? undefined : add(s, p, literal(v));

  if (dataset.title) {
    add(I.dataset, T.type, T.Dataset);
    text(I.dataset, T.title, dataset.title);
  }
  for (const s of dataset.sources) sourceQuads(s, I, add, text);
  const vocabulary = dataset.vocabulary ?? DEFAULT_VOCABULARY;
  for (const e of dataset.entities) entityQuads(e, I, add, text, vocabulary);
  const fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
  for (const r of dataset.relations)
    relationQuads(r, I, add, text, (sourceId) => {
      const file = fileOf.get(sourceId);
      return (
        options.sourceTexts?.get(sourceId) ?? (file ? options.sourceTexts?.get(file) : undefined)
      );
    });
  return out;
}

type Iris = ReturnType<typeof iris>;
type Add = (s: NamedNode, p: NamedNode, o: Quad_Object | undefined) => void;
type Text = (s: NamedNode, p: NamedNode, v: string | undefined) => void;

function sourceQuads(s: Source, I: Iris, add: Add, text: Text) {
  const node = I.source(s.id);
  add(node, T.type, T.Source);
  text(node, T.identifier, s.id);
  text(node, T.title, s.title);
  text(node, T.publisher, s.publisher);
  if (s.published)
    add(node, T.issued, dateLiteral({ value: s.published, precision: precisionOf(s.published) }));
  text(node, T.language, s.language);
  text(node, T.file, s.file);
  text(node, T.note, s.note);
}

const precisionOf = (v: string) => (v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day');

function dateQuads(node: NamedNode, d: DateSpec | undefined, add: Add, text: Text) {
  if (!d) return;
  add(node, T.date, dateLiteral(d));
  if (d.precision === 'unknown') text(node, T.datePrecision, 'unknown');
  text(node, T.dateNote, d.note);
}

function entityQuads(e: Entity, I: Iris, add: Add, text: Text, vocabulary: Vocabulary) {
  const node = I.entity(e.id);
  for (const c of classesOf(e, vocabulary)) add(node, T.type, c);
  text(node, T.identifier, e.id);
  text(node, T.label, e.label);
  for (const a of e.aliases) text(node, T.altLabel, a);
  text(node, T.description, e.description);
  text(node, T.note, e.note);
  if ('kind' in e) text(node, T.kind, e.kind);
  if ('number' in e && e.number !== undefined)
    add(node, T.number, literal(String(e.number), xsd('integer')));
  if ('date' in e) dateQuads(node, e.date, add, text);
}

function relationQuads(
  r: Relation,
  I: Iris,
  add: Add,
  text: Text,
  sourceText: (sourceId: string) => string | undefined,
) {
  const node = I.relation(r.id);
  const p = relationProperty(r.type);
  add(I.entity(r.source), p, I.entity(r.target));
  add(node, T.type, T.Statement);
  add(node, T.type, T.Relation);
  text(node, T.identifier, r.id);
  add(node, T.subject, I.entity(r.source));
  add(node, T.predicate, p);
  add(node, T.object, I.entity(r.target));
  dateQuads(node, r.date, add, text);
  if (r.at) add(node, T.at, I.entity(r.at));
  for (const b of r.by ?? []) add(node, T.by, I.entity(b));
  for (const s of r.on_behalf_of ?? []) add(node, T.onBehalfOf, I.entity(s));
  for (const [key, value] of Object.entries(r.qualifiers ?? {}))
    // Qualifiers that name entities (in, under, to, conveyed_by) link to them.
    if (REFERENCE_QUALIFIERS.has(key))
      for (const id of value.split(/\s*,\s*/).filter(Boolean)) add(node, pq(key), I.entity(id));
    else text(node, pq(encodeURIComponent(key)), value);
  text(node, T.note, r.note);
  r.evidence.forEach((ev: Evidence, i) => {
    const a = I.annotation(r.id, i);
    const target = I.target(r.id, i);
    const selector = I.selector(r.id, i);
    add(a, T.type, T.Annotation);
    add(a, T.motivatedBy, T.evidencing);
    add(a, T.hasBody, node);
    add(a, T.hasTarget, target);
    text(a, T.sentence, ev.sentence);
    add(target, T.type, T.SpecificResource);
    add(target, T.hasSource, I.source(ev.source));
    add(target, T.hasSelector, selector);
    add(selector, T.type, T.TextQuoteSelector);
    text(selector, T.exact, ev.quote);
    const ctx = quoteContext(ev.quote, {
      ...(ev.sentence ? { sentence: ev.sentence } : {}),
      ...(sourceText(ev.source) ? { sourceText: sourceText(ev.source) } : {}),
    });
    text(selector, T.prefix, ctx.prefix);
    text(selector, T.suffix, ctx.suffix);
  });
}
