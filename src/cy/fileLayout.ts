import type { ParleyGraph } from '../graph/types';
import { forceInput, toElements } from './elements';
import { toCyId } from './ids';
import { layoutFingerprint, type PrecomputedLayout } from './precomputed';
import type { Positions } from './timeline';

/**
 * The positions an imported file carries (GEXF viz:position, x/y columns,
 * yEd geometry, Cytoscape or Gephi Lite layout) as the graph's precomputed
 * layout: drawn in place at once, no force layout run. Scaled so that the
 * drawing's longer side is about 80 px per √node (the force layout's density),
 * whatever units the file used. None unless every node has a position.
 */
export function fileLayout(
  graph: ParleyGraph,
  positions: Readonly<Record<string, { x: number; y: number }>> | undefined,
): PrecomputedLayout | undefined {
  if (!positions || graph.order === 0) return undefined;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const id of graph.nodes()) {
    const p = Object.hasOwn(positions, id) ? positions[id] : undefined;
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return undefined;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  const scale = extent > 0 ? (80 * Math.sqrt(graph.order)) / extent : 1;
  const out = Object.create(null) as Positions;
  for (const id of graph.nodes()) {
    const p = positions[id]!;
    out[toCyId(id)] = { x: (p.x - minX) * scale, y: (p.y - minY) * scale };
  }
  return { fingerprint: layoutFingerprint(forceInput(toElements(graph))), positions: out };
}
