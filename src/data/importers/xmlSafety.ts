import type { Problem } from '../problems';
import { lineColumn } from './xmlChars';

/**
 * What is refused before an XML parser sees the text: a document type
 * declaration or an entity. Parley's formats never need one, and a DTD is how
 * "billion laughs" expansions and external entities (file:///etc/passwd,
 * http://…) get in.
 */
export function dtdProblem(file: string, text: string): Problem | undefined {
  const m = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
  if (!m) return undefined;
  return {
    severity: 'error',
    code: 'unsupported-format',
    file,
    ...lineColumn(text, m.index),
    message: `the file declares a document type (<!${m[1]?.toUpperCase()} …>), which Parley does not read`,
    hint: 'GEXF and GraphML need no DOCTYPE or entities: remove the <!DOCTYPE …> block (and any &entity; references) and open the file again.',
  };
}

/**
 * Attribute names that graphology's XML parsers use as keys of plain objects:
 * "__proto__" there sets a prototype instead of a value.
 */
const RESERVED = '__proto__';

/** Every declared attribute (GraphML <key>, GEXF <attribute>) or value reference named "__proto__". */
export function reservedNameProblems(
  file: string,
  doc: Document,
  format: 'gexf' | 'graphml',
): Problem[] {
  const checks: [tag: string, attrs: string[]][] =
    format === 'graphml'
      ? [
          ['key', ['id', 'attr.name']],
          ['data', ['key']],
        ]
      : [
          ['attribute', ['id', 'title']],
          ['attvalue', ['for', 'id']],
        ];
  const out: Problem[] = [];
  for (const [tag, attrs] of checks) {
    Array.from(doc.getElementsByTagName(tag)).forEach((el, i) => {
      const bad = attrs.find((a) => el.getAttribute(a) === RESERVED);
      if (!bad) return;
      out.push({
        severity: 'error',
        code: 'schema',
        file,
        path: `/${format}//${tag}[${i + 1}]/@${bad}`,
        message: `<${tag} ${bad}="${RESERVED}"> uses a reserved attribute name`,
        hint: `Rename the attribute (and every reference to it) to something other than "${RESERVED}".`,
      });
    });
  }
  return out.slice(0, 50);
}

/** What GraphML can say and Parley cannot: hyperedges, and graphs nested in nodes (flattened by the reader). */
export function graphmlDropped(doc: Document): { line: string; summary: string }[] {
  const out: { line: string; summary: string }[] = [];
  const hyper = doc.getElementsByTagName('hyperedge').length;
  if (hyper)
    out.push({
      line: `${hyper} hyperedge${hyper === 1 ? ' was' : 's were'} dropped: a Parley relation joins exactly two entities.`,
      summary: `${hyper} hyperedge${hyper === 1 ? '' : 's'} dropped`,
    });
  const nested = Array.from(doc.getElementsByTagName('graph')).filter(
    (g) => g.parentNode && (g.parentNode as Element).localName === 'node',
  ).length;
  if (nested)
    out.push({
      line: `${nested} node${nested === 1 ? ' holds a nested graph' : 's hold nested graphs'}: their nodes and edges were added to the top-level graph (Parley has no nested graphs).`,
      summary: `${nested} nested graph${nested === 1 ? '' : 's'} flattened`,
    });
  return out;
}
