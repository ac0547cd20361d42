import type { ParleyGraph } from '../types';
import { EDGE_COLUMNS, NODE_COLUMNS, flattenEdge, flattenNode, type Flat } from './flatten';

/**
 * GraphML writer (graphology-graphml only parses). Keys are declared once
 * per attribute with its type, as yEd, Cytoscape desktop and networkx expect.
 */
export function writeGraphml(graph: ParleyGraph, positions?: Positions): string {
  const keyType = (name: string) =>
    name === 'number' || name === 'evidence_count' || name === 'x' || name === 'y'
      ? name === 'x' || name === 'y'
        ? 'double'
        : 'int'
      : 'string';
  const nodeKeys: string[] = [...NODE_COLUMNS, ...(positions ? ['x', 'y'] : [])];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map(
      (k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${keyType(k)}"/>`,
    ),
    ...EDGE_COLUMNS.map(
      (k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${keyType(k)}"/>`,
    ),
    `  <graph id="${escapeXml(graph.getAttribute('title') ?? 'parley')}" edgedefault="directed">`,
  ];
  graph.forEachNode((id, attrs) => {
    const flat: Flat = flattenNode(attrs);
    const pos = positions?.[id];
    if (pos) Object.assign(flat, { x: round(pos.x), y: round(pos.y) });
    lines.push(`    <node id="${escapeXml(id)}">`, ...dataLines('n', flat), '    </node>');
  });
  graph.forEachEdge((id, attrs, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines('e', flattenEdge(attrs)),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export type Positions = Record<string, { x: number; y: number }>;

function dataLines(prefix: string, flat: Flat): string[] {
  return Object.entries(flat).map(
    ([k, v]) => `      <data key="${prefix}_${k}">${escapeXml(String(v))}</data>`,
  );
}

const round = (n: number) => Math.round(n * 100) / 100;

// Characters that are not allowed anywhere in XML 1.0 are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Drops the characters XML 1.0 does not allow (control characters, U+FFFE, U+FFFF). */
export function stripInvalidXml(s: string): string {
  return s.replace(INVALID_XML, '');
}

export function escapeXml(s: string): string {
  return (
    stripInvalidXml(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // A literal CR would be read back as LF (XML end-of-line handling).
      .replace(/\r/g, '&#13;')
  );
}
