import { useMemo } from 'react';
import {
  ENTITY_COLUMNS,
  QUOTE_COLUMNS,
  RELATION_COLUMNS,
  attributeColumn,
  attributeKeys,
  type EntityRow,
  type ListColumn,
  type RelationRow,
} from '../../graph/listRows';
import type { ParleyGraph } from '../../graph/types';
import { ENTITY_TABLE, RELATION_TABLE, attributeTableColumn } from './columns';

// The tracks of list.css (.list-grid.entities / .relations), one per Parley column.
const ENTITY_TRACKS = [
  'minmax(200px, 3fr)',
  'minmax(130px, 1.2fr)',
  'minmax(120px, 1fr)',
  'minmax(104px, 0.6fr)',
];
const RELATION_TRACKS: Record<string, string> = {
  source: 'minmax(140px, 1.2fr)',
  relation: 'minmax(120px, 1fr)',
  target: 'minmax(140px, 1.2fr)',
  date: 'minmax(110px, 0.9fr)',
  speaker: 'minmax(120px, 1fr)',
  side: 'minmax(100px, 0.9fr)',
  quote: 'minmax(280px, 3fr)',
  sourceTitle: 'minmax(160px, 1.3fr)',
};
const ATTRIBUTE_TRACK = 'minmax(110px, 1fr)';
const minOf = (tracks: readonly string[]) =>
  tracks.reduce((n, t) => n + Number(/minmax\((\d+)px/.exec(t)?.[1] ?? 110), 0);

/** Whether every value the graph has under an attribute is a number. */
function numericKey(graph: ParleyGraph, of: 'node' | 'edge', key: string): boolean {
  let numeric = true;
  const check = (a: { attributes?: Record<string, unknown> }) => {
    const v = a.attributes?.[key];
    if (v !== undefined && typeof v !== 'number') numeric = false;
  };
  if (of === 'node') graph.forEachNode((_id, a) => check(a));
  else graph.forEachEdge((_id, a) => check(a));
  return numeric;
}

/**
 * The List's columns for this graph: Parley's own, then the file's most
 * common attributes; a graph without quotes has no quote columns.
 */
export function useListColumns(graph: ParleyGraph) {
  return useMemo(() => {
    const nodeKeys = attributeKeys(graph, 'node');
    const edgeKeys = attributeKeys(graph, 'edge');
    const noQuotes = graph.getAttribute('noEvidence') === true;
    const keep = (c: { id: string }) => !(noQuotes && QUOTE_COLUMNS.has(c.id));
    const relationTable = RELATION_TABLE.filter(keep);
    const entityTracks = [...ENTITY_TRACKS, ...nodeKeys.map(() => ATTRIBUTE_TRACK)];
    const relationTracks = [
      ...relationTable.map((c) => RELATION_TRACKS[c.id] ?? ATTRIBUTE_TRACK),
      ...edgeKeys.map(() => ATTRIBUTE_TRACK),
    ];
    const changed = nodeKeys.length > 0 || edgeKeys.length > 0 || noQuotes;
    return {
      entityTracks: changed
        ? { tracks: entityTracks.join(' '), min: minOf(entityTracks) }
        : undefined,
      relationTracks: changed
        ? { tracks: relationTracks.join(' '), min: minOf(relationTracks) }
        : undefined,
      entityTable: [
        ...ENTITY_TABLE,
        ...nodeKeys.map((k) => attributeTableColumn<EntityRow>(k, numericKey(graph, 'node', k))),
      ],
      relationTable: [
        ...relationTable,
        ...edgeKeys.map((k) => attributeTableColumn<RelationRow>(k, numericKey(graph, 'edge', k))),
      ],
      entityExport: [
        ...ENTITY_COLUMNS,
        ...nodeKeys.map((k) => attributeColumn<EntityRow>(k)),
      ] as readonly ListColumn<EntityRow>[],
      relationExport: [
        ...RELATION_COLUMNS.filter(keep),
        ...edgeKeys.map((k) => attributeColumn<RelationRow>(k)),
      ] as readonly ListColumn<RelationRow>[],
    };
  }, [graph]);
}
