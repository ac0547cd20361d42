import Papa from 'papaparse';
import type { ParleyGraph } from '../types';
import { EDGE_COLUMNS, NODE_COLUMNS, flattenEdge, flattenNode } from './flatten';

/** Two CSV tables — nodes and edges — with a header row each. */
export function writeCsv(graph: ParleyGraph): { nodes: string; edges: string } {
  const nodes = Papa.unparse(
    {
      fields: ['id', ...NODE_COLUMNS],
      data: graph.mapNodes((id, a) => row(['id', ...NODE_COLUMNS], { id, ...flattenNode(a) })),
    },
    // Cells starting with = + - @ get a leading ' so spreadsheets never run them as formulas.
    { newline: '\n', escapeFormulae: true },
  );
  const edgeFields = ['id', 'source', 'target', ...EDGE_COLUMNS];
  const edges = Papa.unparse(
    {
      fields: edgeFields,
      data: graph.mapEdges((id, a, source, target) =>
        row(edgeFields, { id, source, target, ...flattenEdge(a) }),
      ),
    },
    { newline: '\n', escapeFormulae: true },
  );
  return { nodes: `${nodes}\n`, edges: `${edges}\n` };
}

function row(
  fields: readonly string[],
  values: Record<string, string | number>,
): (string | number)[] {
  return fields.map((f) => values[f] ?? '');
}
