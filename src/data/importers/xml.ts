import type { ImportOptions } from './types';
import { addGexfTimes } from './gexfTime';
import { MultiGraph } from 'graphology';
import type { AbstractGraph, GraphConstructor } from 'graphology-types';
import type { Problem } from '../problems';
import { hardenGraph } from '../safeGraph';
import { mapGraph } from './mapGraph';
import type { ImportResult } from './types';
import { dtdProblem, graphmlDropped, reservedNameProblems } from './xmlSafety';
import { extractYed, type YedExtract } from './yed';

/** The graph the XML parsers build: hardened, since node ids come from the file. */
class SafeMultiGraph extends MultiGraph {
  constructor(options?: ConstructorParameters<typeof MultiGraph>[0]) {
    super(options);
    hardenGraph(this);
  }
}

/** A parsed XML document, or where its syntax breaks. */
export type XmlParseResult =
  { ok: true; doc: Document } | { ok: false; message: string; line?: number; column?: number };

type GraphParser = (
  Graph: GraphConstructor,
  source: Document,
  options?: Record<string, boolean>,
) => AbstractGraph;

/**
 * What reading XML needs from the platform: the browser passes DOMParser and
 * graphology-gexf/browser + graphology-graphml/browser; Node tests pass
 * @xmldom/xmldom and the libraries' Node entry points.
 */
export interface XmlSupport {
  parseXml(text: string): XmlParseResult;
  parseGexf: GraphParser;
  parseGraphml: GraphParser;
}

/** GEXF (Gephi) or GraphML (yEd, Cytoscape desktop, networkx), checked first so that every problem is listed. */
export function importXml(
  file: string,
  text: string,
  format: 'gexf' | 'graphml',
  xml: XmlSupport,
  opts: ImportOptions = {},
): ImportResult {
  const dtd = dtdProblem(file, text);
  if (dtd) return { ok: false, problems: [dtd] };
  const parsed = xml.parseXml(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'unsupported-format',
          file,
          ...(parsed.line !== undefined ? { line: parsed.line, column: parsed.column ?? 1 } : {}),
          message: `XML syntax error: ${parsed.message}`,
          hint: 'The file is not well-formed XML: fix it at this position, or export it again from the program that made it.',
        },
      ],
    };
  }
  const { doc } = parsed;
  const root = doc.documentElement;
  const rootName = root ? localName(root) : '';
  if (rootName !== format) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'unsupported-format',
          file,
          path: `/${rootName}`,
          message: `expected a <${format}> document, found <${rootName || 'nothing'}>`,
          hint:
            rootName === 'gexf' || rootName === 'graphml'
              ? `Rename the file to .${rootName}.`
              : 'Open a GEXF (.gexf) or GraphML (.graphml) file.',
        },
      ],
    };
  }
  const problems = [
    ...checkElements(file, doc, format),
    ...reservedNameProblems(file, doc, format),
  ];
  if (problems.length) return { ok: false, problems };

  let yed: YedExtract | undefined;
  if (format === 'graphml') yed = extractYed(doc);
  let graph: AbstractGraph;
  try {
    graph =
      format === 'gexf'
        ? xml.parseGexf(SafeMultiGraph as unknown as GraphConstructor, doc, {
            allowUndeclaredAttributes: true,
          })
        : xml.parseGraphml(SafeMultiGraph as unknown as GraphConstructor, doc);
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'schema',
          file,
          message: String(e instanceof Error ? e.message : e).replace(
            /^graphology-\w+\/parser: /,
            '',
          ),
          hint: `Check that the file is valid ${format === 'gexf' ? 'GEXF' : 'GraphML'}.`,
        },
      ],
    };
  }
  if (yed) addYedAttributes(graph, yed);
  if (format === 'gexf') addGexfTimes(graph, doc);
  const dropped = format === 'graphml' ? graphmlDropped(doc) : [];
  const { dataset, report } = mapGraph(graph, {
    file,
    format,
    dropped,
    yDown: yed?.isYed,
    ...opts,
  });
  return { ok: true, dataset, report };
}

/** yEd's labels, places and colours, where the file's own attributes do not already say them. */
function addYedAttributes(graph: AbstractGraph, yed: YedExtract) {
  for (const [id, attrs] of yed.nodes)
    if (graph.hasNode(id))
      for (const [k, v] of Object.entries(attrs))
        if (!graph.hasNodeAttribute(id, k)) graph.setNodeAttribute(id, k, v);
  for (const [id, attrs] of yed.edges)
    if (graph.hasEdge(id) && !graph.hasEdgeAttribute(id, 'label'))
      graph.setEdgeAttribute(id, 'label', attrs.label);
}

function localName(el: Element): string {
  return (el.localName || el.nodeName || '').replace(/^.*:/, '').toLowerCase();
}

function byTag(doc: Document, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

/** Every node needs a unique id; every edge a source and a target that are node ids. */
function checkElements(file: string, doc: Document, format: 'gexf' | 'graphml'): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string, hint: string, id?: string) =>
    problems.push({
      severity: 'error',
      code: 'schema',
      file,
      path,
      ...(id ? { id } : {}),
      message,
      hint,
    });
  if (byTag(doc, 'graph').length === 0)
    add(`/${format}`, 'the document has no <graph> element', 'Export the file again.');
  const ids = new Set<string>();
  byTag(doc, 'node').forEach((n, i) => {
    const id = n.getAttribute('id');
    const path = `/${format}/graph//node[${i + 1}]`;
    if (!id) {
      add(path, 'a <node> has no id attribute', 'Give every node an id="…".');
      return;
    }
    if (ids.has(id)) add(path, `node id "${id}" is used twice`, 'Node ids are unique.', id);
    ids.add(id);
  });
  byTag(doc, 'edge').forEach((e, i) => {
    const id = e.getAttribute('id') ?? undefined;
    const path = `/${format}/graph//edge[${i + 1}]`;
    for (const end of ['source', 'target'] as const) {
      const v = e.getAttribute(end);
      if (!v) add(path, `an <edge> has no ${end} attribute`, `Give the ${end} node's id.`, id);
      else if (!ids.has(v))
        add(
          `${path}/@${end}`,
          `${end} "${v}" is not the id of any node`,
          'Add that node, or correct the id (ids are case-sensitive).',
          id,
        );
    }
  });
  return problems;
}
