import type { Attributes } from 'graphology-types';

/**
 * What mapGraph reads of a graph: graphology graphs have it, and so does
 * EdgeListGraph. An edge's key is undefined when the file gave it none; its
 * endpoints' attributes are in graphology's signature but never read.
 */
export interface GraphInput {
  readonly order: number;
  readonly size: number;
  getAttributes(): Attributes;
  forEachNode(callback: (key: string, attributes: Attributes) => void): void;
  forEachEdge(
    callback: (
      key: string | undefined,
      attributes: Attributes,
      source: string,
      target: string,
      sourceAttributes: unknown,
      targetAttributes: unknown,
      undirected: boolean,
    ) => void,
  ): void;
}

interface Edge {
  key: string | undefined;
  source: string;
  target: string;
  attributes: Attributes;
}

/**
 * The directed multigraph a CSV file is, kept as plain lists: graphology's
 * neighbour indexes and generated edge keys cost a third of opening a
 * 100,000-row edge list, and mapGraph asks only for nodes and edges in file
 * order. Nodes live in a Map, so an id like "constructor" or "__proto__" is
 * just a key (no prototype to pollute, as hardenGraph ensures for graphology).
 */
export class EdgeListGraph implements GraphInput {
  private readonly nodes = new Map<string, Attributes>();
  private readonly edges: Edge[] = [];
  private readonly edgeKeys = new Set<string>();

  get order(): number {
    return this.nodes.size;
  }
  get size(): number {
    return this.edges.length;
  }
  getAttributes(): Attributes {
    return {};
  }
  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }
  addNode(key: string, attributes: Attributes): void {
    this.nodes.set(key, attributes);
  }
  /** A key that is empty or already taken is dropped: the relation gets a made-up id instead. */
  addEdge(key: string | undefined, source: string, target: string, attributes: Attributes): void {
    const own = key && !this.edgeKeys.has(key) ? key : undefined;
    if (own) this.edgeKeys.add(own);
    this.edges.push({ key: own, source, target, attributes });
  }
  forEachNode(callback: (key: string, attributes: Attributes) => void): void {
    for (const [key, attributes] of this.nodes) callback(key, attributes);
  }
  forEachEdge(callback: Parameters<GraphInput['forEachEdge']>[0]): void {
    for (const { key, source, target, attributes } of this.edges)
      callback(key, attributes, source, target, undefined, undefined, false);
  }
}
