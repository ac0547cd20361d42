import { write } from 'graphology-gexf/browser';
import type { ParleyGraph } from '../types';
import { flattenEdge, flattenNode } from './flatten';
import type { Positions } from './graphml';

/** GEXF 1.3 (Gephi) with Parley's attributes as declared GEXF attributes. */
export function writeGexf(graph: ParleyGraph, positions?: Positions): string {
  return write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (id, attrs) => {
      const { label, ...rest } = flattenNode(attrs);
      const pos = positions?.[id];
      return {
        label: String(label),
        attributes: rest,
        ...(pos ? { viz: { x: pos.x, y: pos.y } } : {}),
      };
    },
    formatEdge: (_id, attrs) => {
      const { label, ...rest } = flattenEdge(attrs);
      return { label: String(label), kind: attrs.type, attributes: rest };
    },
  });
}
