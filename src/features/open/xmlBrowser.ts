import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { XmlSupport } from '../../data/importers/xml';
import { parseXmlWithXmldom } from '../../data/importers/xmldom';

/**
 * XML in the browser goes through xmldom too (graphology's own entry points
 * use it), not the browser's DOMParser: that one reports a syntax error by
 * building a <parsererror> with an inline style, which the app's
 * Content-Security-Policy refuses. Same parser as the CLI, same messages.
 */
export const browserXmlSupport: XmlSupport = {
  parseXml: parseXmlWithXmldom,
  parseGexf: (Graph, doc, options) => parseGexf(Graph, doc, options),
  parseGraphml: (Graph, doc, options) => parseGraphml(Graph, doc, options),
};
