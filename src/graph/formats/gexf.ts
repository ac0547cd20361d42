import write from 'graphology-gexf/browser/writer';
import type { ParleyGraph } from '../types';
import { flattenEdge, flattenNode, type Flat } from './flatten';
import { stripInvalidXml, type Positions } from './graphml';

/** GEXF 1.3 (Gephi) with Parley's attributes as declared GEXF attributes. */
export function writeGexf(graph: ParleyGraph, positions?: Positions): string {
  return write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (id, attrs) => {
      const { label, ...rest } = xmlSafe(flattenNode(attrs));
      const pos = positions?.[id];
      return {
        label: String(label),
        attributes: rest,
        ...(pos ? { viz: { x: pos.x, y: pos.y } } : {}),
      };
    },
    formatEdge: (_id, attrs) => {
      const { label, ...rest } = xmlSafe(flattenEdge(attrs));
      return { label: String(label), kind: attrs.type, attributes: rest };
    },
  });
}

// The GEXF writer escapes markup but keeps control characters, which make the XML unreadable.
function xmlSafe(flat: Flat): Flat {
  return Object.fromEntries(
    Object.entries(flat).map(([k, v]) => [k, typeof v === 'string' ? stripInvalidXml(v) : v]),
  );
}
