import type { Core, NodeSingular } from 'cytoscape';
import { placeAround } from '../cy/placeAround';
import { fromCyId, toCyId } from '../cy/ids';
import type { ParleyGraph } from '../graph/types';

/** Below this many entities, newcomers glide out from the entity they were shown from. */
const ANIMATE_BELOW = 1000;

/**
 * "Show neighbours" on the canvas: the entities that have just come into
 * view through a newly expanded entity are placed around it (the rest of the
 * view keeps its place) and glide out from it. Pinned nodes are not moved.
 * Called before the new visibility is applied; returns what it placed.
 */
export function placeNewcomers(
  cy: Core,
  graph: ParleyGraph,
  before: { nodes: ReadonlySet<string>; expanded: ReadonlySet<string> },
  now: { nodes: ReadonlySet<string>; expanded: ReadonlySet<string> },
): string[] {
  const anchors = [...now.expanded].filter(
    (x) => !before.expanded.has(x) && before.nodes.has(x) && now.nodes.has(x),
  );
  const placed: string[] = [];
  for (const anchor of anchors) {
    const a = cy.getElementById(toCyId(anchor));
    if (a.empty() || !graph.hasNode(anchor)) continue;
    const newcomers = graph
      .neighbors(anchor)
      .filter((n) => now.nodes.has(n) && !before.nodes.has(n) && !placed.includes(n))
      .filter((n) => !cy.getElementById(toCyId(n)).hasClass('pinned'))
      .sort();
    if (!newcomers.length) continue;
    const others = cy
      .nodes(':visible')
      .filter((n) => fromCyId(n.id()) !== anchor)
      .map((n) => (n as NodeSingular).position());
    const from = a.position();
    const targets = placeAround(from, others, newcomers.length);
    const animate = cy.nodes().length < ANIMATE_BELOW;
    newcomers.forEach((id, i) => {
      const n = cy.getElementById(toCyId(id));
      const to = targets[i]!;
      n.stop(true, false);
      if (animate) {
        n.position({ x: from.x, y: from.y });
        n.animate({ position: to }, { duration: 400, easing: 'ease-out-cubic' });
      } else n.position(to);
    });
    placed.push(...newcomers);
  }
  return placed;
}
