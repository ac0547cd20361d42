import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { XmlSupport } from './xml';
import { parseXmlWithXmldom } from './xmldom';

/**
 * Node-only XML support (CLI, unit tests): @xmldom/xmldom, which the Node
 * entry points of graphology-gexf and graphology-graphml use themselves.
 */
export const nodeXmlSupport: XmlSupport = {
  parseXml: parseXmlWithXmldom,
  parseGexf: (Graph, doc, options) => parseGexf(Graph, doc, options),
  parseGraphml: (Graph, doc, options) => parseGraphml(Graph, doc, options),
};
