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
export type ColourBy = (typeof COLOUR_BY)[number];
