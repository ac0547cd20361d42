import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { hashString, seededRandom } from './random';
import type { Positions } from './timeline';

cytoscape.use(fcose);

export interface ForceInput {
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
}

/** Above this many nodes fcose runs at draft quality (15–30× faster). */
export const DRAFT_ABOVE = 1500;
/** Or this many relations: fcose's default quality on 20,000 relations takes minutes. */
export const DRAFT_RELATIONS_ABOVE = 6000;

/**
 * Runs fcose headless and returns positions. Math.random is replaced by a
 * PRNG seeded from the node and edge ids for the duration of the run, so the
 * same data always gives the same picture. Runs in the layout worker (and in
 * Node for tests) — never on the page's main thread.
 */
export function runForceLayout(input: ForceInput): Positions {
  const seed = hashString(input.nodes.map((n) => n.id).join('|') + input.edges.length);
  const random = Math.random;
  Math.random = seededRandom(seed);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size } })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ],
  });
  try {
    const big = input.nodes.length > DRAFT_ABOVE || input.edges.length > DRAFT_RELATIONS_ABOVE;
    cy.layout({
      name: 'fcose',
      quality: big ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      nodeRepulsion: () => 50000,
      idealEdgeLength: () => 130,
      edgeElasticity: () => 0.3,
      nodeSeparation: 120,
      gravity: 0.15,
      gravityRange: 3.0,
      numIter: big ? 1500 : 2500,
      packComponents: true,
      tile: true,
    } as cytoscape.LayoutOptions).run();
    const out: Positions = Object.create(null) as Positions; // ids are keys: no prototype to collide with
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    return big ? spreadToDensity(out, input.nodes) : out;
  } finally {
    cy.destroy();
    Math.random = random;
  }
}

/** Area each entity gets in a spread draft layout, in multiples of the median node diameter. */
export const SPREAD_FACTOR = 3;

/**
 * Draft quality (spectral only) packs big graphs tightly: at 5,000 entities
 * nearly every node overlaps another, which hides structure and makes every
 * frame paint each pixel many times over. Scaling about the centre until each
 * entity has about (SPREAD_FACTOR × median diameter)² of the bounding box keeps
 * the picture's shape and spreads the nodes. Never shrinks.
 */
export function spreadToDensity(
  positions: Positions,
  nodes: readonly { id: string; size: number }[],
  factor = SPREAD_FACTOR,
): Positions {
  const ps = Object.values(positions);
  if (ps.length < 2 || nodes.length === 0) return positions;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of ps) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const sizes = nodes.map((n) => n.size).sort((a, b) => a - b);
  const median = sizes[sizes.length >> 1] ?? 20;
  const area = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
  const k = Math.sqrt((ps.length * (factor * median) ** 2) / area);
  if (!(k > 1)) return positions;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const out: Positions = Object.create(null) as Positions; // ids are keys: no prototype to collide with
  for (const [id, p] of Object.entries(positions)) {
    out[id] = { x: cx + (p.x - cx) * k, y: cy + (p.y - cy) * k };
  }
  return out;
}
