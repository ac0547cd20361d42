/**
 * Foreign graph files for the benchmark and the "page answers" browser test:
 * CSV edge lists as Gephi and spreadsheets write them, generated from a seed
 * so nothing large is committed. Pure: the caller writes the text to a file.
 */
import { seededRandom } from '../src/cy/random';

export interface EdgeListOptions {
  nodes: number;
  edges: number;
  /** Neighbours of node `n0`, the hub (default 500, capped at nodes − 1). */
  hubDegree?: number;
  seed?: number;
  /** Node id prefix (default "n"; longer ones make a bigger file). */
  prefix?: string;
}

/**
 * `Source,Target,Weight` over `n0…n{nodes-1}`: node `n0` is a hub joined to
 * `hubDegree` distinct nodes; the other edges fall mostly within communities
 * of about 40 nodes, with preferential attachment so there are lesser hubs.
 * No pair repeats (merging would change the count the reader expects).
 */
export function edgeListCsv(options: EdgeListOptions): string {
  const { nodes, edges } = options;
  const rand = seededRandom(options.seed ?? 20_261_207);
  const pre = options.prefix ?? 'n';
  const hub = Math.min(options.hubDegree ?? 500, nodes - 1);
  const seen = new Set<string>();
  const touched = new Set<number>();
  const rows: string[] = ['Source,Target,Weight'];
  const add = (a: number, b: number) => {
    if (a === b) return false;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (seen.has(key)) return false;
    seen.add(key);
    rows.push(`${pre}${a},${pre}${b},${1 + Math.floor(rand() * 5)}`);
    touched.add(a).add(b);
    return true;
  };
  for (let i = 1; i <= hub; i++) add(0, i);
  const ends: number[] = []; // every endpoint so far: picking from it favours the well connected
  const community = 40;
  let guard = edges * 20;
  while (rows.length - 1 < edges && guard-- > 0) {
    const a = Math.floor(rand() * nodes);
    let b: number;
    if (ends.length && rand() < 0.3) b = ends[Math.floor(rand() * ends.length)]!;
    else if (rand() < 0.85) {
      const base = a - (a % community);
      b = Math.min(nodes - 1, base + Math.floor(rand() * community));
    } else b = Math.floor(rand() * nodes);
    if (add(a, b)) ends.push(a, b);
  }
  // Every node appears in some edge, so the reader's node count is `nodes`.
  for (let i = 1; i < nodes; i++) if (!touched.has(i)) add(i, i + 1 < nodes ? i + 1 : 1);
  return `${rows.join('\n')}\n`;
}

/**
 * A Gephi-test-like edge list with many repeated edges: `rows` rows over
 * `pairs` distinct pairs of `pairs + 1` nodes in a chain-and-star shape, one
 * pair (`n0,n1`) repeated `biggest` times, the rest spread over the other pairs.
 * The case that froze the page: Cytoscape routing a bundle of 1,511 curves.
 */
export function repeatedEdgesCsv(rows = 7346, pairs = 246, biggest = 1511): string {
  const out: string[] = ['Source,Target,Type,Weight'];
  for (let i = 0; i < biggest; i++) out.push('n0,n1,Directed,1');
  const rest = rows - biggest;
  for (let i = 0; i < rest; i++) {
    const p = 1 + (i % (pairs - 1)); // pairs 1…pairs-1
    const a = p % 2 ? 0 : p - 1;
    out.push(`n${a},n${p + 1},Directed,1`);
  }
  return `${out.join('\n')}\n`;
}
