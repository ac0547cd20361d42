import { DOMParser } from '@xmldom/xmldom';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { XmlParseResult, XmlSupport } from './xml';

/**
 * Node-only XML support (CLI, unit tests): @xmldom/xmldom, which the Node
 * entry points of graphology-gexf and graphology-graphml use themselves.
 */
export const nodeXmlSupport: XmlSupport = {
  parseXml(text: string): XmlParseResult {
    let first: string | undefined;
    const keep = (msg: unknown) => {
      first ??= String(msg);
    };
    try {
      const doc = new DOMParser({
        locator: {},
        // xmldom recovers from what browsers reject (unclosed tags are warnings): be as strict.
        errorHandler: { warning: keep, error: keep, fatalError: keep },
      }).parseFromString(text, 'application/xml');
      if (first === undefined && doc.documentElement) return { ok: true, doc };
    } catch (e) {
      keep(e instanceof Error ? e.message : e);
    }
    return xmlError(first ?? 'no root element');
  },
  parseGexf: (Graph, doc, options) => parseGexf(Graph, doc, options),
  parseGraphml: (Graph, doc, options) => parseGraphml(Graph, doc, options),
};

/** "[xmldom error]\tmessage\n@#[line:3,col:10]" → message, line, column. */
function xmlError(raw: string): XmlParseResult {
  const at = /\[line:(\d+),col:(\d+)\]/.exec(raw);
  const message = raw
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return at
    ? { ok: false, message, line: Number(at[1]), column: Number(at[2]) }
    : { ok: false, message };
}
