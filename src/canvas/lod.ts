/**
 * Above this many entities (level of detail): labels and relations only around
 * the selection, no hover highlighting; the canvas holds only those relations.
 * A module of its own so the app shell can read it without loading Cytoscape.
 */
export const LOD_ABOVE = 2000;
