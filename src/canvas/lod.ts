/**
 * Above this many entities (level of detail): labels and relations only around
 * the selection, no hover highlighting; the canvas holds only those relations.
 * A module of its own so the app shell can read it without loading Cytoscape.
 */
export const LOD_ABOVE = 2000;
/**
 * Or above this many relations: 1,500 entities with 20,000 relations drawn in
 * full took minutes to settle, with frames of 3–5 s (Cytoscape routes and
 * draws every edge each frame), so a dense graph is simplified too.
 */
export const LOD_RELATIONS_ABOVE = 6000;

/** Whether a graph of `order` entities and `size` relations is drawn in simplified form. */
export function isLarge(order: number, size: number): boolean {
  return order > LOD_ABOVE || size > LOD_RELATIONS_ABOVE;
}
