import { DataFactory, type NamedNode } from 'n3';
import {
  ENTITY_TYPES,
  ENTITY_TYPE_LABELS,
  isEntityType,
  type EntityType,
  type Vocabulary,
} from '../../model';

/**
 * Parley's RDF vocabulary: the namespaces and terms the export writes and the
 * import reads. The published description (graph-data/schema/parley.ttl) and
 * the SHACL shapes (parley.shapes.ttl) are generated from this module and
 * src/model/vocabulary.ts by `npm run schema`.
 */
export const NS = {
  parley: 'https://w3id.org/parley/ns#',
  /** One property per qualifier key (`pq:title`), so qualifiers stay queryable. */
  pq: 'https://w3id.org/parley/qualifier#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  oa: 'http://www.w3.org/ns/oa#',
  sh: 'http://www.w3.org/ns/shacl#',
  owl: 'http://www.w3.org/2002/07/owl#',
} as const;

/** Where the resources of an exported dataset live unless told otherwise. */
export const DEFAULT_BASE = 'https://w3id.org/parley/data/';

const n = (iri: string): NamedNode => DataFactory.namedNode(iri);
const ns =
  (prefix: keyof typeof NS) =>
  (local: string): NamedNode =>
    n(NS[prefix] + local);

export const parley = ns('parley');
export const pq = ns('pq');
export const rdf = ns('rdf');
export const rdfs = ns('rdfs');
export const xsd = ns('xsd');
export const skos = ns('skos');
export const dcterms = ns('dcterms');
export const oa = ns('oa');
export const sh = ns('sh');
export const owl = ns('owl');

/** The terms, named once so writer, reader and shapes cannot drift apart. */
export const T = {
  type: rdf('type'),
  subject: rdf('subject'),
  predicate: rdf('predicate'),
  object: rdf('object'),
  Statement: rdf('Statement'),
  label: rdfs('label'),
  altLabel: skos('altLabel'),
  note: skos('note'),
  identifier: dcterms('identifier'),
  description: dcterms('description'),
  title: dcterms('title'),
  publisher: dcterms('publisher'),
  issued: dcterms('issued'),
  language: dcterms('language'),
  Entity: parley('Entity'),
  Relation: parley('Relation'),
  Source: parley('Source'),
  Dataset: parley('Dataset'),
  kind: parley('kind'),
  number: parley('number'),
  date: parley('date'),
  datePrecision: parley('datePrecision'),
  dateNote: parley('dateNote'),
  at: parley('at'),
  by: parley('by'),
  onBehalfOf: parley('onBehalfOf'),
  file: parley('file'),
  sentence: parley('sentence'),
  evidencing: parley('evidencing'),
  Annotation: oa('Annotation'),
  motivatedBy: oa('motivatedBy'),
  hasBody: oa('hasBody'),
  hasTarget: oa('hasTarget'),
  hasSource: oa('hasSource'),
  hasSelector: oa('hasSelector'),
  SpecificResource: oa('SpecificResource'),
  TextQuoteSelector: oa('TextQuoteSelector'),
  exact: oa('exact'),
  prefix: oa('prefix'),
  suffix: oa('suffix'),
} as const;

/** `person` → parley:Person. */
export const classOf = (type: EntityType): NamedNode => parley(ENTITY_TYPE_LABELS[type]);

/** An entity type the vocabulary adds, as a class: `court_case` → parley:CourtCase. */
export const addedClassOf = (type: string): NamedNode =>
  parley(type.replace(/(?:^|_)([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));

/**
 * The classes an entity is typed with: its built-in type's, or its added
 * type's plus the built-in one it extends (none for a type that extends none).
 */
export function classesOf(
  e: { type: EntityType; addedType?: string },
  vocabulary: Vocabulary,
): NamedNode[] {
  if (!e.addedType) return [classOf(e.type)];
  const base = vocabulary.entityType(e.addedType)?.extends;
  return [addedClassOf(e.addedType), ...(base ? [classOf(base)] : [])];
}

/** Any entity type's class: built-in or added. */
export const anyClassOf = (type: string): NamedNode =>
  isEntityType(type) ? classOf(type) : addedClassOf(type);

const TYPE_BY_CLASS = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [classOf(t).value, t]));
export const entityTypeOfClass = (iri: string): EntityType | undefined => TYPE_BY_CLASS.get(iri);

/** A relation type is a property named by its id: parley:co_chaired. */
export const relationProperty = (type: string): NamedNode => parley(type);

/** The resources of one dataset, under its base IRI. */
export function iris(base: string = DEFAULT_BASE) {
  const id = encodeURIComponent;
  return {
    dataset: n(base),
    entity: (e: string) => n(`${base}entity/${id(e)}`),
    relation: (r: string) => n(`${base}relation/${id(r)}`),
    source: (s: string) => n(`${base}source/${id(s)}`),
    annotation: (r: string, i: number) => n(`${base}evidence/${id(r)}.${i + 1}`),
    target: (r: string, i: number) => n(`${base}evidence/${id(r)}.${i + 1}.target`),
    selector: (r: string, i: number) => n(`${base}evidence/${id(r)}.${i + 1}.selector`),
  };
}

/** Prefixes for an exported dataset: the vocabularies it uses and its own resources. */
export function dataPrefixes(base: string = DEFAULT_BASE): Record<string, string> {
  const { sh: _sh, owl: _owl, ...used } = NS;
  return {
    ...used,
    entity: `${base}entity/`,
    relation: `${base}relation/`,
    source: `${base}source/`,
    evidence: `${base}evidence/`,
  };
}
