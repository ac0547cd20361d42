import type { ParleyGraph } from '../types';
import { writeCsv } from './csv';
import { writeCyjs } from './cyjs';
import { writeGexf } from './gexf';
import { writeGraphml, type Positions } from './graphml';

export type { Positions } from './graphml';

export const DATA_FORMATS = ['json', 'gexf', 'graphml', 'cyjs', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const DATA_FORMAT_LABELS: Record<DataFormat, string> = {
  json: 'graphology JSON',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML (yEd, Cytoscape, networkx)',
  cyjs: 'Cytoscape JSON (.cyjs)',
  csv: 'CSV (nodes + edges)',
};

/** One file of an export; CSV yields two. */
export interface ExportedFile {
  /** Appended to the base name: ".json", ".nodes.csv"… */
  suffix: string;
  mime: string;
  text: string;
}

/**
 * Serializes a graph in one of the data formats. The CLI and the app both
 * call this, so they produce the same content.
 */
export function exportGraph(
  graph: ParleyGraph,
  format: DataFormat,
  positions?: Positions,
): ExportedFile[] {
  switch (format) {
    case 'json':
      return [
        {
          suffix: '.json',
          mime: 'application/json',
          text: `${JSON.stringify(graph.export(), null, 2)}\n`,
        },
      ];
    case 'gexf':
      return [{ suffix: '.gexf', mime: 'application/gexf+xml', text: writeGexf(graph, positions) }];
    case 'graphml':
      return [
        {
          suffix: '.graphml',
          mime: 'application/graphml+xml',
          text: writeGraphml(graph, positions),
        },
      ];
    case 'cyjs':
      return [
        { suffix: '.cyjs', mime: 'application/json', text: `${writeCyjs(graph, positions)}\n` },
      ];
    case 'csv': {
      const { nodes, edges } = writeCsv(graph);
      return [
        { suffix: '.nodes.csv', mime: 'text/csv', text: nodes },
        { suffix: '.edges.csv', mime: 'text/csv', text: edges },
      ];
    }
  }
}
