/** The importance measures nodes can be sized by (names only: the computing code loads on demand). */
export const MEASURES = ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  degree: 'Degree (relations)',
  weightedDegree: 'Weighted degree (evidence)',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

/** What each measure means, for the legend and the Details panel. */
export const MEASURE_MEANINGS: Record<Measure, string> = {
  degree: 'how many relations an entity has',
  weightedDegree: 'relations counted once per quote of evidence, so well-attested links weigh more',
  pagerank: 'how much an entity is linked to entities that are themselves well linked',
  betweenness: 'how often an entity lies on the shortest paths between two others, as a broker',
};

export const COLOUR_BY = ['type', 'community'] as const;
/**
 * Colour by: the type, the communities, the file's own colours ("file") or
 * any categorical attribute of the file ("attr:club"), as Gephi's partition.
 */
export type ColourBy = (typeof COLOUR_BY)[number] | 'file' | `attr:${string}`;
/** Size by: a measure, the file's own sizes, or any numeric attribute ("attr:age"), as Gephi's ranking. */
export type SizeBy = Measure | 'file' | `attr:${string}`;

export const isMeasure = (s: string): s is Measure => (MEASURES as readonly string[]).includes(s);

/** Whether an untrusted string (the address) names a colouring; attributes are checked against the graph later. */
export function isColourBy(s: string): s is ColourBy {
  return (COLOUR_BY as readonly string[]).includes(s) || s === 'file' || /^attr:.+/.test(s);
}

export function isSizeBy(s: string): s is SizeBy {
  return isMeasure(s) || s === 'file' || /^attr:.+/.test(s);
}

/** The attribute an "attr:…" choice names. */
export function attributeOf(choice: string): string | undefined {
  return choice.startsWith('attr:') ? choice.slice(5) : undefined;
}
