import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { exportData, visibleSubgraph } from '../../src/features/export/dataExport';
import { visibleElements } from '../../src/graph/filter';
import { exportGraph } from '../../src/graph/formats';
import { miniGraph } from './helpers';

const graph = miniGraph();
const visible = visibleElements(graph, {
  hiddenTypes: new Set(['topic']),
  hiddenRelations: new Set(),
  hideIsolated: false,
});

describe('data export', () => {
  it('the whole graph without positions is exactly what the CLI writes', () => {
    for (const format of ['json', 'gexf', 'graphml', 'cyjs', 'csv'] as const)
      expect(exportData(graph, { format, scope: 'whole', visible })).toEqual(
        exportGraph(graph, format),
      );
  });

  it('the current view is the visible subgraph, with fresh attributes', () => {
    const sub = visibleSubgraph(graph, visible);
    expect(sub.order).toBe(visible.nodes.size);
    expect(sub.size).toBe(visible.edges.size);
    expect(sub.hasNode('east-sea')).toBe(false);
    expect(sub.getNodeAttributes('ha-kim-ngoc')).toEqual(graph.getNodeAttributes('ha-kim-ngoc'));
    expect(sub.getNodeAttributes('ha-kim-ngoc')).not.toBe(graph.getNodeAttributes('ha-kim-ngoc'));
    sub.setNodeAttribute('ha-kim-ngoc', 'label', 'changed');
    expect(graph.getNodeAttribute('ha-kim-ngoc', 'label')).not.toBe('changed');
    const [csvNodes, csvEdges] = exportData(graph, { format: 'csv', scope: 'view', visible });
    expect(csvNodes!.text.trim().split('\n')).toHaveLength(visible.nodes.size + 1);
    expect(csvEdges!.text.trim().split('\n')).toHaveLength(visible.edges.size + 1);
  });

  it('writes positions into GEXF (y up, as Gephi draws), GraphML and .cyjs', () => {
    const positions = Object.fromEntries(graph.mapNodes((n, _a) => [n, { x: 10, y: 20 }]));
    const [gexf] = exportData(graph, { format: 'gexf', scope: 'whole', positions });
    const g = parseGexf(Graph, gexf!.text);
    expect(g.getNodeAttribute('ha-kim-ngoc', 'x')).toBe(10);
    expect(g.getNodeAttribute('ha-kim-ngoc', 'y')).toBe(-20);
    const [graphml] = exportData(graph, { format: 'graphml', scope: 'whole', positions });
    expect(graphml!.text).toContain('<data key="n_y">20</data>');
    const [cyjs] = exportData(graph, { format: 'cyjs', scope: 'view', visible, positions });
    const parsed = JSON.parse(cyjs!.text) as { elements: { nodes: { position?: unknown }[] } };
    expect(parsed.elements.nodes).toHaveLength(visible.nodes.size);
    expect(parsed.elements.nodes.every((n) => n.position)).toBe(true);
    // JSON and CSV carry no positions.
    expect(exportData(graph, { format: 'json', scope: 'whole', positions })).toEqual(
      exportGraph(graph, 'json'),
    );
  });
});
