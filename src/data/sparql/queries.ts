import { NS } from '../rdf/vocab';

/**
 * The queries a SPARQL source sends, built from escaped pieces: an IRI is
 * checked against the characters SPARQL forbids in <…>, a search text is an
 * escaped string literal. Nothing untrusted is ever spliced in raw.
 */
const PREFIXES = `PREFIX rdf: <${NS.rdf}>
PREFIX rdfs: <${NS.rdfs}>
PREFIX skos: <${NS.skos}>
PREFIX dcterms: <${NS.dcterms}>
PREFIX oa: <${NS.oa}>
PREFIX parley: <${NS.parley}>
`;

export function iriRef(iri: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(iri))
    throw new Error(
      `parley/sparql: not an IRI that can be queried: ${JSON.stringify(iri.slice(0, 80))}`,
    );
  return `<${iri}>`;
}

export function stringLiteral(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

/** Is anything in the store in Parley's vocabulary? */
export const probeQuery = () =>
  `${PREFIXES}ASK { ?r a parley:Relation ; rdf:subject ?s ; rdf:predicate ?p }`;

/** Entities whose label or an alias contains the text (case-insensitive). */
export function searchQuery(text: string, limit = 20): string {
  return `${PREFIXES}SELECT DISTINCT ?e ?id ?label ?type WHERE {
  ?e rdfs:label|skos:altLabel ?name .
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(${stringLiteral(text.trim())})))
  ?e a ?type ; dcterms:identifier ?id ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?type), ${stringLiteral(NS.parley)}) && ?type != parley:Relation && ?type != parley:Source)
} ORDER BY STRLEN(STR(?label)) ?label LIMIT ${Math.max(1, Math.min(100, Math.floor(limit)))}`;
}

/** The entity with the most relations: where to start when no entity is named. */
export const hubQuery = () => `${PREFIXES}SELECT ?e (COUNT(?r) AS ?n) WHERE {
  ?r a parley:Relation ; rdf:subject|rdf:object ?e .
} GROUP BY ?e ORDER BY DESC(?n) LIMIT 1`;

/** The IRI of the entity with this Parley id. */
export const entityByIdQuery = (id: string) => `${PREFIXES}SELECT ?e WHERE {
  ?e dcterms:identifier ${stringLiteral(id)} ; rdfs:label ?l .
} LIMIT 1`;

/**
 * Everything Parley needs about the relations touching the seeds: the
 * statement nodes, their annotations, targets, selectors and sources, and the
 * entities they name (literals and types only — not those entities' own
 * links, which are the next hop). Each UNION branch binds ?rel itself:
 * SPARQL evaluates a group before joining it, so a branch that only read
 * ?rel would match the whole store.
 */
export function neighbourhoodQuery(seeds: readonly string[]): string {
  const values = seeds.map(iriRef).join(' ');
  return `${PREFIXES}CONSTRUCT { ?s ?p ?o } WHERE {
  VALUES ?seed { ${values} }
  ?rel a parley:Relation ; rdf:subject|rdf:object ?seed .
  {
    ?rel ?p ?o . BIND(?rel AS ?s)
  } UNION {
    ?rel rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?o . BIND(?x AS ?s)
  } UNION {
    ?s oa:hasBody ?rel ; ?p ?o .
  } UNION {
    ?a oa:hasBody ?rel ; oa:hasTarget ?s . ?s ?p ?o .
  } UNION {
    ?a oa:hasBody ?rel ; oa:hasTarget/oa:hasSelector ?s . ?s ?p ?o .
  } UNION {
    ?a oa:hasBody ?rel ; oa:hasTarget/oa:hasSource ?s . ?s ?p ?o .
  } UNION {
    ?rel rdf:subject|rdf:object|parley:at|parley:by|parley:onBehalfOf ?s . ?s ?p ?o .
    FILTER(isLiteral(?o) || ?p = rdf:type)
  } UNION {
    ?rel ?q ?s . ?s ?p ?o .
    FILTER(STRSTARTS(STR(?q), ${JSON.stringify(NS.pq)}) && isIRI(?s) && (isLiteral(?o) || ?p = rdf:type))
  }
}`;
}

/** Entities alone (a seed with no relations still shows). */
export function entitiesQuery(seeds: readonly string[]): string {
  return `${PREFIXES}CONSTRUCT { ?s ?p ?o } WHERE {
  VALUES ?s { ${seeds.map(iriRef).join(' ')} }
  ?s ?p ?o . FILTER(isLiteral(?o) || ?p = rdf:type)
}`;
}
