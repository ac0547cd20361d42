import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import type { XmlParseResult, XmlSupport } from '../../data/importers/xml';

/** The browser's XML parser and graphology's browser parsers. */
export const browserXmlSupport: XmlSupport = {
  parseXml(text: string): XmlParseResult {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (!error) return { ok: true, doc };
    // Chromium: "error on line 3 at column 10: Opening and ending tag mismatch…"; Firefox: "XML Parsing Error: … Line Number 3, Column 10".
    const raw = (error.textContent ?? 'not well-formed').replace(/\s+/g, ' ').trim();
    const at = /line (?:number )?(\d+),? at column (\d+)|Line Number (\d+), Column (\d+)/i.exec(
      raw,
    );
    const line = Number(at?.[1] ?? at?.[3]);
    const column = Number(at?.[2] ?? at?.[4]);
    const message =
      /(?:column \d+|Column \d+):\s*(.+?)(?:Below is a rendering.*)?$/i.exec(raw)?.[1]?.trim() ??
      raw.replace(/^This page contains the following errors:\s*/i, '');
    return Number.isFinite(line) && line > 0
      ? { ok: false, message, line, column: Number.isFinite(column) ? column : 1 }
      : { ok: false, message };
  },
  parseGexf: (Graph, doc, options) => parseGexf(Graph, doc, options),
  parseGraphml: (Graph, doc, options) => parseGraphml(Graph, doc, options),
};
