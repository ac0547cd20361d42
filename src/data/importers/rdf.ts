import type { ImportOptions } from './types';
import type { Quad } from '@rdfjs/types';
import Graph from 'graphology';
import { hardenGraph } from '../safeGraph';
import type { Dataset } from '../../model';
import { countErrors, type Problem } from '../problems';
import { localId, readParleyQuads, shorten, usesParleyVocabulary } from '../rdf/fromQuads';
import { parseJsonLd, parseTurtle } from '../rdf/parse';
import { NS } from '../rdf/vocab';
import { validateFiles } from '../validate';
import type { OpenOutcome } from './index';
import { mapGraph } from './mapGraph';
import type { MappingReport } from './types';

export type RdfFormat = 'turtle' | 'jsonld';

/**
 * Turtle or JSON-LD → a Parley dataset. RDF in Parley's vocabulary (what
 * `npm run export -- --format ttl|jsonld` writes) is read back field for
 * field and checked by the same validator as graph-data/; any other RDF is
 * read as a graph (resources → nodes, literals → attributes, links between
 * resources → edges) and mapped like GEXF or GraphML, with a report.
 */
export async function importRdf(
  file: string,
  text: string,
  format: RdfFormat,
  opts: ImportOptions = {},
): Promise<OpenOutcome> {
  const base = fileBase(file);
  const parsed = format === 'turtle' ? parseTurtle(text, base) : await parseJsonLd(text, base);
  if (!parsed.ok)
    return {
      ok: false,
      format,
      problems: [
        {
          severity: 'error',
          code: format === 'turtle' ? 'rdf-syntax' : 'json-syntax',
          file,
          ...(parsed.line ? { line: parsed.line } : {}),
          message: parsed.message,
          hint:
            format === 'turtle'
              ? 'Fix the Turtle syntax at this line (an unclosed string, a missing "." or an undeclared prefix is the usual cause).'
              : 'Fix the JSON-LD: it must be JSON, and any @context must be inline (Parley loads no remote contexts).',
        },
      ],
    };
  return usesParleyVocabulary(parsed.quads)
    ? readParley(file, format, parsed.quads)
    : readForeign(file, format, parsed.quads, opts);
}

function readParley(file: string, format: RdfFormat, quads: Quad[]): OpenOutcome {
  const { ignored, entityIris: _iris, ...records } = readParleyQuads(quads);
  // The records go through the validator as a bundle; its JSON positions mean
  // nothing in the RDF file, so problems keep the id and message only.
  const { dataset, problems } = validateFiles([
    { name: file, text: JSON.stringify({ format: 'parley-bundle', version: 1, ...records }) },
  ]);
  const located = problems.map(({ line: _l, column: _c, path: _p, ...p }) => p);
  if (countErrors(located) > 0) return { ok: false, format, problems: located };
  const report = rdfReport(file, format, dataset, quads.length, [
    `Read in Parley's vocabulary (${NS.parley}): classes → entity types, rdfs:label/skos:altLabel → label/aliases, statement nodes → relations, oa:Annotation → evidence.`,
  ]);
  report.unmapped.push(...ignored);
  report.summary.push(
    ...(ignored.length ? ['some triples outside Parley’s vocabulary ignored'] : []),
  );
  return {
    ok: true,
    format,
    dataset,
    report,
    problems: [...located, ...ignored.map((message) => mappingWarning(file, message))],
  };
}

function readForeign(
  file: string,
  format: RdfFormat,
  quads: Quad[],
  opts: ImportOptions,
): OpenOutcome {
  const graph = quadsToGraph(quads);
  const { dataset, report } = mapGraph(graph, { file, format, ...opts });
  const relative = relativeResources(quads, fileBase(file));
  if (relative)
    report.mapped.unshift(
      `${relative} ${relative === 1 ? 'resource has a relative IRI' : 'resources have relative IRIs'}, resolved against the file's name (${fileBase(file)}): ids from their last segment, as for any IRI.`,
    );
  report.mapped.unshift(
    `Read as a plain RDF graph (${quads.length} triples, not in Parley's vocabulary): each resource → an entity (id from the last segment of its IRI), rdf:type → entity type, literals → attributes by property name (rdfs:label/skos:prefLabel/name → label, skos:altLabel → aliases, rdfs:comment → note), links between resources → relations typed by property name.`,
  );
  return {
    ok: true,
    format,
    dataset,
    report,
    problems: report.unmapped.map((message) => mappingWarning(file, message)),
  };
}

const mappingWarning = (file: string, message: string): Problem => ({
  severity: 'warning',
  code: 'import-mapping',
  file,
  message,
});

function rdfReport(
  file: string,
  format: RdfFormat,
  dataset: Dataset,
  triples: number,
  mapped: string[],
): MappingReport {
  return {
    format,
    file,
    input: { nodes: dataset.entities.length, edges: triples },
    output: { entities: dataset.entities.length, relations: dataset.relations.length },
    mapped,
    unmapped: [],
    summary: [],
  };
}

const RDF_TYPE = `${NS.rdf}type`;
/** Property local names that mean a Parley field under another name. */
const RENAMED = new Map([
  ['prefLabel', 'label'],
  ['altLabel', 'aliases'],
]);

/** Any RDF as a graphology graph: resources → nodes, literals → attributes, links → edges. */
export function quadsToGraph(quads: readonly Quad[]): Graph {
  const graph = hardenGraph(new Graph({ type: 'directed', multi: true, allowSelfLoops: true }));
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  const nodeKey = (term: Quad['subject'] | Quad['object']): string => {
    const iri = term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
    let k = keys.get(iri);
    if (k) return k;
    const base = term.termType === 'BlankNode' ? `blank-${localId(term.value)}` : localId(iri);
    k = base;
    for (let i = 2; taken.has(k); i++) k = `${base}-${i}`;
    taken.add(k);
    keys.set(iri, k);
    graph.addNode(k);
    return k;
  };
  const append = (node: string, attr: string, value: string) => {
    const prev = graph.getNodeAttribute(node, attr) as string | undefined;
    if (attr === 'label' && prev !== undefined) return append(node, 'aliases', value);
    graph.setNodeAttribute(node, attr, prev === undefined ? value : `${prev} | ${value}`);
  };
  for (const q of quads) {
    const s = nodeKey(q.subject);
    const name = propertyName(q.predicate.value);
    if (q.predicate.value === RDF_TYPE) {
      if (graph.getNodeAttribute(s, 'type') === undefined)
        graph.setNodeAttribute(s, 'type', propertyName(q.object.value));
    } else if (q.object.termType === 'Literal') {
      append(s, RENAMED.get(name) ?? name, q.object.value);
    } else if (q.object.termType === 'NamedNode' || q.object.termType === 'BlankNode') {
      graph.addDirectedEdge(s, nodeKey(q.object), { type: name });
    }
  }
  return graph;
}

/** `http://xmlns.com/foaf/0.1/knows` → `knows`. */
function propertyName(iri: string): string {
  const tail = iri
    .replace(/[/#]+$/, '')
    .split(/[/#]/)
    .pop();
  return tail || shorten(iri);
}

/** The base for relative IRIs: the file's own name, as a file: IRI (never fetched). */
export function fileBase(file: string): string {
  return `file:///${encodeURIComponent(file.replace(/^.*[\\/]/, ''))}`;
}

/** Resources named relative to the file (now under its base). */
function relativeResources(quads: Quad[], base: string): number {
  const dir = base.slice(0, base.lastIndexOf('/') + 1);
  const seen = new Set<string>();
  for (const q of quads)
    for (const t of [q.subject, q.object])
      if (t.termType === 'NamedNode' && t.value.startsWith(dir)) seen.add(t.value);
  return seen.size;
}
