import type { NodeEncoding } from '../../canvas/encoding';
import { computeCommunities, type Communities } from '../../graph/communities';
import {
  MEASURE_MEANINGS,
  computeMetrics,
  ordinal,
  sizeFor,
  type Measure,
  type Metrics,
} from '../../graph/metrics';
import type { ParleyGraph } from '../../graph/types';
import { attributeOf, isMeasure, type ColourBy, type SizeBy } from '../../graph/measures';
import {
  colourByAttribute,
  fileColours,
  sizeByValues,
  type ColourEntry,
  type SizeRange,
} from './attributeEncoding';

/** Loaded on demand: metrics and communities of one graph, and what they mean for the view. */
export interface Analysis {
  graph: ParleyGraph;
  metrics: Metrics;
  communities: Communities;
}

/**
 * Communities and metrics of a graph, in separate tasks (`pause` between
 * them): at start-up both together were one task of 60–90 ms.
 */
export async function analyseInSteps(
  graph: ParleyGraph,
  opts: { betweenness?: boolean },
  pause: () => Promise<void>,
): Promise<Analysis> {
  const communities = computeCommunities(graph);
  await pause();
  return { graph, metrics: computeMetrics(graph, opts), communities };
}

/** Distinct community colours (Tableau 10 without its grey); smaller communities share the grey. */
export const COMMUNITY_COLOURS = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
] as const;
export const OTHER_COMMUNITIES = '#BAB0AC';

export const communityColour = (c: number) => COMMUNITY_COLOURS[c] ?? OTHER_COMMUNITIES;

export function encodingFor(a: Analysis, sizeBy: SizeBy, colourBy: ColourBy): NodeEncoding {
  const enc: NodeEncoding = {};
  if (isMeasure(sizeBy)) {
    if (sizeBy !== 'degree' && a.metrics.values[sizeBy].size) {
      const max = a.metrics.max[sizeBy];
      enc.sizes = new Map([...a.metrics.values[sizeBy]].map(([id, v]) => [id, sizeFor(v, max)]));
    }
  } else {
    const attribute = attributeOf(sizeBy);
    const { sizes } = sizeByValues(a.graph, attribute ? { attribute } : 'file');
    if (sizes.size) enc.sizes = sizes;
  }
  if (colourBy === 'community')
    enc.colours = new Map([...a.communities.of].map(([id, c]) => [id, communityColour(c)]));
  else if (colourBy !== 'type') {
    const { colours } = colourLegendOf(a.graph, colourBy);
    if (colours.size) enc.colours = colours;
  }
  return enc;
}

function colourLegendOf(graph: ParleyGraph, colourBy: 'file' | `attr:${string}`) {
  const attribute = attributeOf(colourBy);
  return attribute ? colourByAttribute(graph, attribute) : fileColours(graph);
}

/** The legend of a colouring: communities, an attribute's values or the file's colours. */
export function colourLegend(a: Analysis, colourBy: ColourBy): ColourEntry[] | null {
  if (colourBy === 'type') return null;
  if (colourBy === 'community') return communityLegend(a);
  return colourLegendOf(a.graph, colourBy).legend;
}

/** What a size by an attribute (or the file's sizes) spans, for the legend. */
export function sizeRange(a: Analysis, sizeBy: SizeBy): SizeRange | undefined {
  if (isMeasure(sizeBy)) return undefined;
  const attribute = attributeOf(sizeBy);
  return sizeByValues(a.graph, attribute ? { attribute } : 'file').range;
}

export interface CommunityEntry {
  colour: string;
  label: string;
  size: number;
}

/** The legend of communities: each named after its best-linked member. */
export function communityLegend(a: Analysis): CommunityEntry[] {
  const best = new Map<number, string>();
  for (const [id, c] of a.communities.of) {
    const prev = best.get(c);
    const deg = a.metrics.values.degree;
    if (prev === undefined || (deg.get(id) ?? 0) > (deg.get(prev) ?? 0)) best.set(c, id);
  }
  const shown = a.communities.sizes.slice(0, COMMUNITY_COLOURS.length).map((size, c) => ({
    colour: communityColour(c),
    label: `around ${a.graph.getNodeAttribute(best.get(c)!, 'label')}`,
    size,
  }));
  const rest = a.communities.sizes.slice(COMMUNITY_COLOURS.length);
  if (rest.length)
    shown.push({
      colour: OTHER_COMMUNITIES,
      label: rest.length === 1 ? '1 smaller community' : `${rest.length} smaller communities`,
      size: rest.reduce((x, y) => x + y, 0),
    });
  return shown;
}

/** An entity's figures in plain words, for the Details panel. */
export function importanceLines(a: Analysis, id: string): string[] {
  const { metrics: m, communities: c, graph } = a;
  if (!graph.hasNode(id)) return [];
  const of = `of ${m.count.toLocaleString('en')}`;
  const r = (measure: Measure) => m.ranks[measure].get(id);
  const lines: string[] = [];
  const deg = m.values.degree.get(id) ?? 0;
  lines.push(
    `${deg} ${deg === 1 ? 'relation' : 'relations'}: ${ordinal(r('degree') ?? 0)} ${of} by number of relations.`,
  );
  const w = m.values.weightedDegree.get(id) ?? 0;
  // A file without quotes is never said to have any: its weights are what it has.
  lines.push(
    graph.getAttribute('noEvidence')
      ? `Weighted degree ${Number(w.toFixed(3)).toLocaleString('en')} (the file's edge weights; an edge without one counts 1): ${ordinal(r('weightedDegree') ?? 0)} ${of}.`
      : `${w} ${w === 1 ? 'quote' : 'quotes'} of evidence on them: ${ordinal(r('weightedDegree') ?? 0)} by weighted degree.`,
  );
  lines.push(`${ordinal(r('pagerank') ?? 0)} by PageRank (${MEASURE_MEANINGS.pagerank}).`);
  const b = r('betweenness');
  if (b !== undefined) {
    const v = m.values.betweenness.get(id) ?? 0;
    lines.push(
      v === 0
        ? 'Lies on no shortest path between two others (betweenness 0).'
        : `${ordinal(b)} by betweenness (${MEASURE_MEANINGS.betweenness}).`,
    );
  }
  const k = c.of.get(id);
  if (k !== undefined)
    lines.push(
      `In community ${k + 1} of ${c.sizes.length}, with ${c.sizes[k]! - 1} other ${c.sizes[k] === 2 ? 'entity' : 'entities'}.`,
    );
  return lines;
}
