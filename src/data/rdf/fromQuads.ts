import type { Quad, Term } from '@rdfjs/types';
import { DEFAULT_VOCABULARY, ID_PATTERN, type EntityType } from '../../model';
import { slugify } from '../text';
import { QuadIndex, key } from './quadIndex';
import { NS, T, entityTypeOfClass } from './vocab';

/**
 * RDF in Parley's vocabulary → the records of a Parley bundle (sources,
 * entities, relations), the inverse of datasetToQuads. The records are not
 * trusted: the caller runs them through the same validator as graph-data/.
 * Triples this reader does not consume are counted by predicate, for the
 * report.
 */
export interface ParleyRdf {
  title?: string;
  sources: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  /** What was left out, as short report lines. */
  ignored: string[];
  /** The IRI of each entity, by id (a SPARQL source queries by IRI). */
  entityIris: Map<string, string>;
}

/** True when the quads type anything with one of Parley's classes. */
export function usesParleyVocabulary(quads: readonly Quad[]): boolean {
  return quads.some(
    (q) =>
      q.predicate.value === T.type.value &&
      (entityTypeOfClass(q.object.value) !== undefined || q.object.value === T.Relation.value),
  );
}

const DATE_PRECISION = new Map([
  [`${NS.xsd}date`, 'day'],
  [`${NS.xsd}gYearMonth`, 'month'],
  [`${NS.xsd}gYear`, 'year'],
]);

export function readParleyQuads(quads: readonly Quad[]): ParleyRdf {
  const idx = new QuadIndex(quads);
  const used = new Set<Quad>();
  const ids = new Map<string, string>();
  const typed = (cls: string) => idx.subjects().filter((s) => idx.has(s, T.type.value, cls));

  const idOf = (node: string): string => {
    const known = ids.get(node);
    if (known) return known;
    const given = idx.text(node, T.identifier.value);
    const id = given ?? localId(node);
    ids.set(node, id);
    return id;
  };

  const entityNodes = new Map<string, EntityType>();
  for (const s of idx.subjects())
    for (const t of idx.all(s, T.type.value)) {
      const type = entityTypeOfClass(t.value);
      if (type && !entityNodes.has(s)) entityNodes.set(s, type);
    }

  const sourceNodes = typed(T.Source.value);
  const sources = sourceNodes.map((s) => readSource(idx, s, idOf(s)));
  const entities = [...entityNodes].map(([s, type]) => readEntity(idx, s, idOf(s), type));
  const relationNodes = typed(T.Relation.value);
  const relations = relationNodes.map((s) => readRelation(idx, s, idOf));

  const title = typed(T.Dataset.value)
    .map((d) => idx.text(d, T.title.value))
    .find(Boolean);

  // Mark what was read: every triple about a recognised resource, through known predicates.
  const readNodes = new Set<string>([
    ...sourceNodes,
    ...entityNodes.keys(),
    ...relationNodes,
    ...typed(T.Dataset.value),
  ]);
  for (const r of relationNodes)
    for (const a of annotationsOf(idx, r)) {
      readNodes.add(a);
      const target = idx.one(a, T.hasTarget.value);
      if (target) {
        readNodes.add(key(target));
        const sel = idx.one(key(target), T.hasSelector.value);
        if (sel) readNodes.add(key(sel));
      }
    }
  const asserted = new Set(
    relationNodes.map(
      (r) =>
        `${idx.one(r, T.subject.value)?.value} ${idx.one(r, T.predicate.value)?.value} ${idx.one(r, T.object.value)?.value}`,
    ),
  );
  const ignored = new Map<string, number>();
  let unreified = 0;
  for (const q of quads) {
    const p = q.predicate.value;
    if (readNodes.has(key(q.subject)) && KNOWN.has(p)) used.add(q);
    else if (readNodes.has(key(q.subject)) && p.startsWith(NS.pq)) used.add(q);
    else if (
      p.startsWith(NS.parley) &&
      DEFAULT_VOCABULARY.relationType(p.slice(NS.parley.length))
    ) {
      if (!asserted.has(`${q.subject.value} ${p} ${q.object.value}`)) unreified++;
      used.add(q);
    }
    if (!used.has(q)) ignored.set(p, (ignored.get(p) ?? 0) + 1);
  }

  const lines: string[] = [];
  if (unreified)
    lines.push(
      `${unreified} Parley relation triple${unreified === 1 ? ' has' : 's have'} no statement node (rdf:Statement with oa:Annotation evidence) and ${unreified === 1 ? 'was' : 'were'} left out: Parley relations need evidence`,
    );
  const outside = [...ignored.values()].reduce((a, b) => a + b, 0);
  if (outside)
    lines.push(
      `${outside} triple${outside === 1 ? '' : 's'} outside Parley's vocabulary ${outside === 1 ? 'was' : 'were'} ignored (${[
        ...ignored,
      ]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([p, n]) => `${shorten(p)} ×${n}`)
        .join(', ')}${ignored.size > 6 ? ', …' : ''})`,
    );
  const entityIris = new Map([...entityNodes.keys()].map((iri) => [idOf(iri), iri]));
  return { ...(title ? { title } : {}), sources, entities, relations, ignored: lines, entityIris };
}

const KNOWN = new Set<string>(Object.values(T).map((t) => t.value));

function readSource(idx: QuadIndex, s: string, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = { id };
  setText(out, 'title', idx.text(s, T.title.value));
  setText(out, 'publisher', idx.text(s, T.publisher.value));
  setText(out, 'published', idx.text(s, T.issued.value));
  setText(out, 'language', idx.text(s, T.language.value));
  setText(out, 'file', idx.text(s, T.file.value));
  setText(out, 'note', idx.text(s, T.note.value));
  return out;
}

function readEntity(
  idx: QuadIndex,
  s: string,
  id: string,
  type: EntityType,
): Record<string, unknown> {
  const out: Record<string, unknown> = { id, type };
  setText(out, 'label', idx.text(s, T.label.value) ?? idx.text(s, `${NS.skos}prefLabel`));
  out.aliases = idx.texts(s, T.altLabel.value);
  setText(out, 'description', idx.text(s, T.description.value));
  setText(out, 'note', idx.text(s, T.note.value));
  setText(out, 'kind', idx.text(s, T.kind.value));
  const number = idx.text(s, T.number.value);
  if (number !== undefined) out.number = Number(number);
  const date = readDate(idx, s);
  if (date) out.date = date;
  return out;
}

function readDate(idx: QuadIndex, s: string): Record<string, unknown> | undefined {
  const lit = idx.all(s, T.date.value).find((t) => t.termType === 'Literal');
  const note = idx.text(s, T.dateNote.value);
  const unknown = idx.text(s, T.datePrecision.value) === 'unknown';
  if (lit && lit.termType === 'Literal') {
    const precision = DATE_PRECISION.get(lit.datatype.value) ?? precisionOfValue(lit.value);
    return { precision, value: lit.value, ...(note ? { note } : {}) };
  }
  if (unknown || note) return { precision: 'unknown', ...(note ? { note } : {}) };
  return undefined;
}

const precisionOfValue = (v: string) =>
  /^\d{4}$/.test(v) ? 'year' : /^\d{4}-\d{2}$/.test(v) ? 'month' : 'day';

function readRelation(
  idx: QuadIndex,
  s: string,
  idOf: (node: string) => string,
): Record<string, unknown> {
  const ref = (t: Term | undefined) => (t ? idOf(key(t)) : undefined);
  const predicate = idx.one(s, T.predicate.value)?.value ?? '';
  const out: Record<string, unknown> = {
    id: idOf(s),
    type: predicate.startsWith(NS.parley) ? predicate.slice(NS.parley.length) : predicate,
    source: ref(idx.one(s, T.subject.value)),
    target: ref(idx.one(s, T.object.value)),
  };
  const date = readDate(idx, s);
  if (date) out.date = date;
  const at = ref(idx.one(s, T.at.value));
  if (at) out.at = at;
  const by = idx.all(s, T.by.value).map((t) => idOf(key(t)));
  if (by.length) out.by = by;
  const sides = idx.all(s, T.onBehalfOf.value).map((t) => idOf(key(t)));
  if (sides.length) out.on_behalf_of = sides;
  const qualifiers: [string, string][] = [];
  for (const p of idx.predicates(s))
    if (p.startsWith(NS.pq)) {
      const k = decodeURIComponent(p.slice(NS.pq.length));
      const refs = idx.all(s, p).filter((t) => t.termType !== 'Literal');
      const v = refs.length ? refs.map((t) => idOf(key(t))).join(', ') : idx.text(s, p);
      if (v !== undefined) qualifiers.push([k, v]);
    }
  if (qualifiers.length) out.qualifiers = Object.fromEntries(qualifiers);
  setText(out, 'note', idx.text(s, T.note.value));
  out.evidence = annotationsOf(idx, s).map((a) => readEvidence(idx, a, idOf));
  return out;
}

/** The annotations whose body is this statement, in the order of their IRIs (….1, ….2, ….10). */
function annotationsOf(idx: QuadIndex, statement: string): string[] {
  return idx
    .incoming(statement)
    .filter((q) => q.predicate.value === T.hasBody.value)
    .map((q) => key(q.subject))
    .filter((a) => idx.has(a, T.type.value, T.Annotation.value))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function readEvidence(
  idx: QuadIndex,
  a: string,
  idOf: (node: string) => string,
): Record<string, unknown> {
  const target = idx.one(a, T.hasTarget.value);
  const t = target ? key(target) : '';
  const source = idx.one(t, T.hasSource.value);
  const selector = idx.one(t, T.hasSelector.value);
  const out: Record<string, unknown> = {
    source: source ? idOf(key(source)) : undefined,
    quote: selector ? idx.text(key(selector), T.exact.value) : undefined,
  };
  setText(out, 'sentence', idx.text(a, T.sentence.value));
  return out;
}

function setText(out: Record<string, unknown>, field: string, v: string | undefined) {
  if (v !== undefined) out[field] = v;
}

/** The last path segment or fragment of an IRI as a Parley id (a slug). */
export function localId(iri: string): string {
  const tail =
    iri
      .replace(/[/#]+$/, '')
      .split(/[/#:]/)
      .pop() ?? iri;
  let decoded = tail;
  try {
    decoded = decodeURIComponent(tail);
  } catch {
    // keep the raw segment
  }
  return ID_PATTERN.test(decoded) ? decoded : slugify(decoded) || 'node';
}

const SHORT = Object.entries(NS);
/** `http://purl.org/dc/terms/creator` → `dcterms:creator`; other IRIs stay whole. */
export function shorten(iri: string): string {
  for (const [p, ns] of SHORT) if (iri.startsWith(ns)) return `${p}:${iri.slice(ns.length)}`;
  return `<${iri}>`;
}
