import { hardenGraph } from '../../data/safeGraph';
import { MultiDirectedGraph } from 'graphology';
import { exportGraph, type ExportedFile, type Positions } from '../../graph/formats/index';
import type { Visible } from '../../graph/filter';
import type { EdgeAttrs, GraphAttrs, NodeAttrs, ParleyGraph } from '../../graph/types';
import { POSITION_FORMATS, type DataFormat, type Scope } from './options';

/**
 * The visible part of a graph as a graph of its own: the nodes and edges of
 * `visible`, with fresh attribute objects, the graph title kept.
 */
export function visibleSubgraph(graph: ParleyGraph, visible: Visible): ParleyGraph {
  const sub = hardenGraph(new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>());
  sub.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((n, a) => {
    if (visible.nodes.has(n)) sub.addNode(n, structuredClone(a));
  });
  graph.forEachEdge((e, a, s, t) => {
    if (visible.edges.has(e) && sub.hasNode(s) && sub.hasNode(t))
      sub.addDirectedEdgeWithKey(e, s, t, structuredClone(a));
  });
  return sub;
}

export interface DataExportRequest {
  format: DataFormat;
  scope: Scope;
  /** Required for the current view. */
  visible?: Visible;
  /** Current layout positions (model coordinates, y pointing down). */
  positions?: Positions;
}

/**
 * The files of a data export, through the same writers as `npm run export`:
 * the whole graph without positions gives exactly the CLI's content. GEXF
 * positions are flipped vertically (Gephi's y axis points up).
 */
export function exportData(graph: ParleyGraph, req: DataExportRequest): ExportedFile[] {
  const g = req.scope === 'view' && req.visible ? visibleSubgraph(graph, req.visible) : graph;
  const positions =
    req.positions && POSITION_FORMATS.includes(req.format)
      ? req.format === 'gexf'
        ? flipY(req.positions)
        : req.positions
      : undefined;
  return exportGraph(g, req.format, positions);
}

function flipY(p: Positions): Positions {
  const out: Positions = Object.create(null) as Positions; // ids are keys: no prototype to collide with
  for (const [id, { x, y }] of Object.entries(p)) out[id] = { x: round(x), y: round(-y) };
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
