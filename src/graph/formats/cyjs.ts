import type { ParleyGraph } from '../types';
import { flattenEdge, flattenNode } from './flatten';
import type { Positions } from './graphml';

/**
 * Cytoscape desktop's JSON (.cyjs): `elements.nodes[].data` with `id`,
 * `name` and `shared_name`; edges carry `interaction` (the relation type).
 */
export function writeCyjs(graph: ParleyGraph, positions?: Positions): string {
  const title = graph.getAttribute('title') ?? 'Parley graph';
  const nodes = graph.mapNodes((id, attrs) => {
    const pos = positions?.[id];
    return {
      data: { id, name: attrs.label, shared_name: attrs.label, ...flattenNode(attrs) },
      ...(pos ? { position: { x: pos.x, y: pos.y } } : {}),
    };
  });
  const edges = graph.mapEdges((id, attrs, source, target) => ({
    data: {
      id,
      source,
      target,
      interaction: attrs.type,
      name: `${source} (${attrs.type}) ${target}`,
      shared_name: `${source} (${attrs.type}) ${target}`,
      ...flattenEdge(attrs),
    },
  }));
  return JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'parley',
      target_cytoscapejs_version: '~3.34',
      data: { name: title, shared_name: title },
      elements: { nodes, edges },
    },
    null,
    2,
  );
}
