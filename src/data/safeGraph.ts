import type { AbstractGraph } from 'graphology-types';

/**
 * graphology keeps each node's neighbours in plain objects keyed by the
 * neighbour's key (`out[target]`), and a multigraph treats whatever it finds
 * there as the head of a list: an entity called "constructor" finds Object,
 * and "__proto__" makes graphology write into Object.prototype (prototype
 * pollution). Hardened graphs give those objects no prototype, so every key
 * is just a key. Works through graphology's (writable) NodeDataClass, the
 * one place node records are made.
 */
type NodeDataClass = new (key: string, attributes: unknown) => { clear(): void };
interface WithNodeData {
  NodeDataClass: NodeDataClass;
}

const hardenedClasses = new WeakMap<NodeDataClass, NodeDataClass>();

function hardenedClass(Base: NodeDataClass): NodeDataClass {
  const known = hardenedClasses.get(Base);
  if (known) return known;
  class Hardened extends Base {
    override clear() {
      super.clear();
      const self = this as unknown as Record<string, unknown>;
      for (const k of ['in', 'out', 'undirected'])
        if (Object.hasOwn(self, k)) self[k] = Object.create(null);
    }
  }
  hardenedClasses.set(Base, Hardened);
  return Hardened;
}

/** The same graph, from now on building node records without prototypes. Call it before adding nodes. */
export function hardenGraph<G extends AbstractGraph>(graph: G): G {
  const g = graph as unknown as WithNodeData;
  g.NodeDataClass = hardenedClass(g.NodeDataClass);
  return graph;
}
