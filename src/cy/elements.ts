import type { ElementDefinition } from 'cytoscape';
import type { ParleyGraph } from '../graph/types';
import { vocabularyOf } from '../graph/vocabulary';
import { typeStyle } from './palette';
import type { ForceInput } from './forceLayout';
import { toCyId } from './ids';

/** Longest label drawn in full; longer ones are cut with an ellipsis (the panel shows all). */
export const MAX_LABEL = 38;
/** More edges than this between one pair are drawn as straight lines (no bezier bundle). */
export const MAX_PARALLEL = 6;

export function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  // A trailing "(2023)" or "(Hanoi, 2019)" tells rounds apart: cut before it, keep it.
  const tail = /\s(\([^()]*\b\d{4}\)|\([^()]{0,18}\))$/.exec(label)?.[1];
  if (tail && tail.length < MAX_LABEL - 8) {
    const head = label.slice(0, MAX_LABEL - tail.length - 2).trimEnd();
    return `${head}… ${tail}`;
  }
  return `${label.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/** How many sources a relation's evidence cites (a file's 100,000 relations mostly have none). */
function sourceCount(evidence: readonly { source: string }[]): number {
  if (evidence.length < 2) return evidence.length;
  return new Set(evidence.map((ev) => ev.source)).size;
}

/**
 * graphology → Cytoscape elements. Data is flat and primitive (react-cytoscapejs
 * re-patches nested values), every element gets a fresh object and a stable id.
 */
export function toElements(graph: ParleyGraph): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const vocabulary = vocabularyOf(graph);
  let i = 0;
  graph.forEachNode((id, a) => {
    const degree = graph.degree(id);
    // A type the vocabulary adds carries its own look (the stylesheet is per theme, not per dataset).
    const added = a.addedType ? typeStyle(a.addedType, vocabulary) : undefined;
    out.push({
      group: 'nodes',
      // A spiral start so nothing overlaps before the first layout has run.
      position: spiral(i++),
      data: {
        id: toCyId(id),
        label: shortLabel(a.label),
        fullLabel: a.label,
        type: a.type,
        degree,
        size: nodeSize(degree),
        // Label size and wrap width in model units; canvas/labels.ts rescales them with the zoom.
        fs: 12,
        tw: 220,
        ...(added ? { tcolor: added.color, tshape: added.shape } : {}),
      },
      classes: added ? `${a.type} added-type` : a.type,
    });
  });
  // Guard against bundles of parallel curves (Cytoscape routes each one): a
  // pair joined by many edges draws them as cheap straight "haystack" lines.
  // Each pair's key is made once per edge and read back in the same order.
  const perPair = new Map<string, number>();
  const pairs: string[] = [];
  graph.forEachEdge((_id, _a, s, t) => {
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    pairs.push(pair);
    perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
  });
  let e = 0;
  graph.forEachEdge((id, a, source, target) => {
    const bundled = (perPair.get(pairs[e++]!) ?? 0) > MAX_PARALLEL;
    out.push({
      group: 'edges',
      data: {
        id: toCyId(id),
        source: toCyId(source),
        target: toCyId(target),
        type: a.type,
        label: a.label,
        sources: sourceCount(a.evidence),
      },
      classes: `${a.type}${a.undirected ? ' undirected' : ''}${bundled ? ' bundled' : ''}`,
    });
  });
  return out;
}

/** Node diameter grows with the square root of degree, from 18 to 60 px. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(60, 18 + 6 * Math.sqrt(degree)));
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Vogel's sunflower spiral: evenly spread, deterministic starting positions. */
export function spiral(i: number): { x: number; y: number } {
  const r = 40 * Math.sqrt(i + 0.5);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
}

/** What the force layout needs from the elements: node ids and sizes, edge endpoints. */
export function forceInput(elements: readonly ElementDefinition[]): ForceInput {
  return {
    nodes: elements
      .filter((e) => e.group === 'nodes')
      .map((e) => ({ id: String(e.data.id), size: Number(e.data.size) || 20 })),
    edges: elements
      .filter((e) => e.group === 'edges')
      .map((e) => ({
        id: String(e.data.id),
        source: String(e.data.source),
        target: String(e.data.target),
      })),
  };
}
