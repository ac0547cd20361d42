import Papa from 'papaparse';
import type { ParleyGraph } from '../types';
import { EDGE_COLUMNS, NODE_COLUMNS, flattenEdge, flattenNode } from './flatten';

/**
 * One table as CSV (or TSV with `delimiter: '\t'`), header row first, ending
 * with a newline. Cells starting with = + - @ get a leading ' so spreadsheets
 * never run them as formulas.
 */
export function writeTable(
  fields: readonly string[],
  data: readonly (readonly (string | number)[])[],
  delimiter = ',',
): string {
  const text = Papa.unparse(
    { fields: [...fields], data: data.map((r) => [...r]) },
    { newline: '\n', escapeFormulae: true, delimiter },
  );
  return `${text}\n`;
}

/** Two CSV tables — nodes and edges — with a header row each. */
export function writeCsv(graph: ParleyGraph): { nodes: string; edges: string } {
  const nodeFields = ['id', ...NODE_COLUMNS];
  const nodes = writeTable(
    nodeFields,
    graph.mapNodes((id, a) => row(nodeFields, { id, ...flattenNode(a) })),
  );
  const edgeFields = ['id', 'source', 'target', ...EDGE_COLUMNS];
  const edges = writeTable(
    edgeFields,
    graph.mapEdges((id, a, source, target) =>
      row(edgeFields, { id, source, target, ...flattenEdge(a) }),
    ),
  );
  return { nodes, edges };
}

function row(
  fields: readonly string[],
  values: Record<string, string | number>,
): (string | number)[] {
  return fields.map((f) => values[f] ?? '');
}
