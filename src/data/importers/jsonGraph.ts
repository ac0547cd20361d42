import type { ImportOptions } from './types';
import { MultiGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { duplicateKeyProblems } from '../inputChecks';
import { jsonPath, parseLocatedJson, type LocatedJson } from '../jsonLocation';
import type { Problem } from '../problems';
import { hardenGraph } from '../safeGraph';
import { importGraphologyJson } from './graphologyJson';
import { mapGraph } from './mapGraph';
import type { ImportResult, JsonGraphFormat } from './types';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

/** One JSON graph shape, normalised: nodes and edges with flat attributes. */
interface Shape {
  format: JsonGraphFormat;
  nodes: { id: string; attrs: Obj; path: Path }[];
  edges: {
    id?: string;
    source: unknown;
    target: unknown;
    attrs: Obj;
    undirected: boolean;
    path: Path;
  }[];
  title?: string;
  /** Positions are screen coordinates (Cytoscape), not y-up (Gephi, sigma). */
  yDown?: boolean;
  note?: string;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKey = (v: unknown): v is string | number =>
  (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v));

export const JSON_GRAPH_HELP =
  'Parley reads graphology JSON ({nodes:[{key}], edges}), d3/networkx node-link JSON ({nodes:[{id}], links:[{source, target}]}), sigma/Gephi JSON ({nodes:[{id, label, x, y}], edges}), Cytoscape JSON ({elements: …} or {nodes:[{data}], edges:[{data}]}, and .cyjs), Gephi Lite files and Parley bundles.';

/**
 * The JSON graph files people have, told apart by their shape (not their
 * name): graphology's serialization, d3/networkx node-link data, sigma and
 * Gephi's JSON export, Cytoscape.js/Cytoscape desktop JSON (.cyjs) and Gephi
 * Lite's own files. A file of none of these shapes gets one problem saying
 * what it looks like — never one per element.
 */
export function importJsonGraph(
  file: string,
  text: string,
  opts: ImportOptions = {},
): ImportResult {
  const parsed = parseLocatedJson(text);
  if (!parsed.ok)
    return {
      ok: false,
      problems: parsed.errors.slice(0, 20).map((e) => ({
        severity: 'error',
        code: 'json-syntax',
        file,
        line: e.line,
        column: e.column,
        message: e.message,
        hint: 'Fix the JSON syntax at this position (a missing comma, quote or bracket is the usual cause).',
      })),
    };
  const root = parsed.json.value;
  if (isObj(root) && Array.isArray(root.nodes) && root.nodes.some((n) => isObj(n) && 'key' in n))
    return importGraphologyJson(file, text, opts);
  const dup = duplicateKeyProblems(file, parsed.json);
  if (dup.length) return { ok: false, problems: dup };
  const shape = shapeOf(root);
  if (!shape) return { ok: false, problems: [notAGraph(file, root)] };
  const problems = checkShape(file, parsed.json, shape);
  if (problems.length) return { ok: false, problems };
  const graph = buildGraph(shape);
  const { dataset, report } = mapGraph(graph, {
    file,
    format: shape.format,
    yDown: shape.yDown,
    ...opts,
  });
  if (shape.note) report.mapped.unshift(shape.note);
  return { ok: true, dataset, report };
}

function shapeOf(root: unknown): Shape | undefined {
  if (Array.isArray(root))
    return root.length && root.every((el) => isObj(el) && isObj(el.data))
      ? cytoscapeElements(root, 'cytoscape-json')
      : undefined;
  if (!isObj(root)) return undefined;
  if (root.type === 'gephi-lite' && isObj(root.graphDataset)) return gephiLite(root.graphDataset);
  if (isObj(root.elements) || Array.isArray(root.elements)) {
    const els = Array.isArray(root.elements)
      ? root.elements
      : [
          ...asArray(root.elements.nodes).map((n) => withGroup(n, 'nodes')),
          ...asArray(root.elements.edges).map((e) => withGroup(e, 'edges')),
        ];
    const shape = cytoscapeElements(els, 'cytoscape-json');
    const data = isObj(root.data) ? root.data : {};
    const title = data.name ?? data.shared_name ?? data.title;
    if (typeof title === 'string' && title.trim()) shape.title = title.trim();
    if (typeof root.generated_by === 'string')
      shape.note = `Written by ${root.generated_by.slice(0, 40)} (Cytoscape JSON, .cyjs).`;
    return shape;
  }
  const nodes = root.nodes;
  if (!Array.isArray(nodes)) return undefined;
  const first = nodes.find(isObj);
  if (first && isObj(first.data) && !('id' in first))
    return cytoscapeElements(
      [
        ...nodes.map((n) => withGroup(n, 'nodes')),
        ...asArray(root.edges).map((e) => withGroup(e, 'edges')),
      ],
      'cytoscape-json',
    );
  if (nodes.length && !first) return undefined;
  return nodeLink(root);
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const withGroup = (el: unknown, group: string) => (isObj(el) ? { group, ...el } : el);

/** d3 / networkx node-link data, sigma and Gephi's JSON export. */
function nodeLink(root: Obj): Shape {
  const nodes = root.nodes as unknown[];
  const linkKey = Array.isArray(root.links) ? 'links' : 'edges';
  const links = asArray(root[linkKey]);
  // networkx says whether the graph is directed; d3's "links" are lines, sigma/Gephi "edges" arrows.
  const directedFlag = typeof root.directed === 'boolean' ? root.directed : undefined;
  const undirectedGraph = directedFlag === undefined ? linkKey === 'links' : !directedFlag;
  const byIndex = nodes.map((n, i) => (isObj(n) && isKey(n.id) ? String(n.id) : String(i)));
  const endpoint = (v: unknown) =>
    isObj(v) && isKey(v.id)
      ? String(v.id)
      : typeof v === 'number' && !nodes.some((n) => isObj(n) && 'id' in n)
        ? byIndex[v]
        : v;
  const shape: Shape = {
    format: 'node-link-json',
    nodes: nodes.map((n, i) => {
      const o = isObj(n) ? n : {};
      const { id: _id, attributes, index: _index, ...rest } = o;
      const attrs = { ...rest, ...(isObj(attributes) ? attributes : {}) };
      // d3's old miserables names nodes and links them by position.
      return { id: byIndex[i]!, attrs, path: ['nodes', i] };
    }),
    edges: links.map((l, i) => {
      const o = isObj(l) ? l : {};
      const { id, key: _key, source, target, attributes, directed, ...rest } = o;
      return {
        ...(isKey(id) ? { id: String(id) } : {}),
        source: endpoint(source),
        target: endpoint(target),
        attrs: withD3Weight({ ...rest, ...(isObj(attributes) ? attributes : {}) }),
        undirected: typeof directed === 'boolean' ? !directed : undirectedGraph,
        path: [linkKey, i],
      };
    }),
    note:
      directedFlag === undefined && linkKey === 'links'
        ? 'd3 node-link JSON: "links" say no direction, so they are read as undirected.'
        : 'Node-link JSON (d3, networkx, sigma or Gephi).',
  };
  if (isObj(root.graph) && typeof root.graph.name === 'string') shape.title = root.graph.name;
  return shape;
}

/** Cytoscape.js elements: `{ group?, data: { id, source?, target?, … }, position? }`. */
function cytoscapeElements(els: unknown[], format: JsonGraphFormat): Shape {
  const shape: Shape = { format, nodes: [], edges: [], yDown: true };
  els.forEach((el, i) => {
    const o = isObj(el) ? el : {};
    const data = isObj(o.data) ? o.data : {};
    const isEdge = o.group === 'edges' || (o.group === undefined && 'source' in data);
    const path: Path = [i];
    if (isEdge) {
      const { id, source, target, selected: _s, ...rest } = data;
      shape.edges.push({
        ...(isKey(id) ? { id: String(id) } : {}),
        source,
        target,
        attrs: rest,
        undirected: false,
        path,
      });
    } else {
      const { id, selected: _s, ...rest } = data;
      const attrs: Obj = { ...rest };
      if (isObj(o.position)) Object.assign(attrs, { x: o.position.x, y: o.position.y });
      shape.nodes.push({ id: isKey(id) ? String(id) : '', attrs, path });
    }
  });
  return shape;
}

/** Gephi Lite: a graphology graph (`fullGraph`) with node and edge data and a layout beside it. */
function gephiLite(ds: Obj): Shape {
  const full = isObj(ds.fullGraph) ? ds.fullGraph : {};
  const nodeData = isObj(ds.nodeData) ? ds.nodeData : {};
  const edgeData = isObj(ds.edgeData) ? ds.edgeData : {};
  const layout = isObj(ds.layout) ? ds.layout : {};
  const undirectedGraph = isObj(full.options) && full.options.type === 'undirected';
  const own = (o: Obj, k: string): Obj => (Object.hasOwn(o, k) && isObj(o[k]) ? o[k] : {});
  const shape: Shape = {
    format: 'gephi-lite-json',
    nodes: asArray(full.nodes).map((n, i) => {
      const key = isObj(n) && isKey(n.key) ? String(n.key) : '';
      const pos = own(layout, key);
      return {
        id: key,
        attrs: { ...own(nodeData, key), ...('x' in pos ? { x: pos.x, y: pos.y } : {}) },
        path: ['graphDataset', 'fullGraph', 'nodes', i],
      };
    }),
    edges: asArray(full.edges).map((e, i) => {
      const o = isObj(e) ? e : {};
      const key = isKey(o.key) ? String(o.key) : undefined;
      return {
        ...(key ? { id: key } : {}),
        source: o.source,
        target: o.target,
        attrs: key ? { ...own(edgeData, key) } : {},
        undirected: typeof o.undirected === 'boolean' ? o.undirected : undirectedGraph,
        path: ['graphDataset', 'fullGraph', 'edges', i],
      };
    }),
    note: 'Gephi Lite file: its graph, node and edge data and layout.',
  };
  const meta = isObj(ds.metadata) ? ds.metadata : {};
  if (typeof meta.title === 'string' && meta.title.trim())
    shape.title = meta.title.trim().replace(/\.(gexf|graphml|json)$/i, '');
  return shape;
}

/** Every node needs a unique id, every edge two ends that are node ids (at most 20 problems listed). */
function checkShape(file: string, json: LocatedJson, shape: Shape): Problem[] {
  const problems: Problem[] = [];
  const at = (path: Path, message: string, hint: string, id?: string) =>
    problems.push({
      severity: 'error',
      code: 'schema',
      file,
      path: jsonPath(path),
      ...json.locate(path),
      ...(id ? { id } : {}),
      message,
      hint,
    });
  const ids = new Set<string>();
  for (const n of shape.nodes) {
    if (!n.id) at(n.path, 'a node has no id', 'Give every node an "id".');
    else if (ids.has(n.id))
      at(n.path, `node id "${n.id}" is used twice`, 'Node ids are unique.', n.id);
    ids.add(n.id);
  }
  for (const e of shape.edges) {
    for (const end of ['source', 'target'] as const) {
      const v = e[end];
      if (!isKey(v)) at(e.path, `an edge has no ${end}`, `Give the ${end} node's id.`, e.id);
      else if (!ids.has(String(v)))
        at(
          e.path,
          `${end} "${String(v)}" is not the id of any node`,
          'Add that node, or correct the id (ids are case-sensitive).',
          e.id,
        );
    }
  }
  return problems.slice(0, 20);
}

function buildGraph(shape: Shape): AbstractGraph {
  const graph = hardenGraph(new MultiGraph({ allowSelfLoops: true }));
  if (shape.title) graph.setAttribute('title', shape.title);
  for (const n of shape.nodes) graph.addNode(n.id, n.attrs);
  for (const e of shape.edges) {
    const s = String(e.source);
    const t = String(e.target);
    const useKey = e.id !== undefined && !graph.hasEdge(e.id);
    if (e.undirected) {
      if (useKey) graph.addUndirectedEdgeWithKey(e.id!, s, t, e.attrs);
      else graph.addUndirectedEdge(s, t, e.attrs);
    } else if (useKey) graph.addDirectedEdgeWithKey(e.id!, s, t, e.attrs);
    else graph.addDirectedEdge(s, t, e.attrs);
  }
  return graph;
}

/** One problem for a JSON file that is no graph Parley knows: what it looks like, what Parley reads. */
export function notAGraph(file: string, root: unknown): Problem {
  const problem = (code: Problem['code'], message: string, path?: string): Problem => ({
    severity: 'error',
    code,
    file,
    ...(path ? { path } : {}),
    message,
    hint: JSON_GRAPH_HELP,
  });
  if (!isObj(root)) {
    const looks = Array.isArray(root)
      ? `a JSON array of ${root.length} ${root.length === 1 ? 'item' : 'items'} that are not Cytoscape elements`
      : `a single JSON ${root === null ? 'null' : typeof root}`;
    return problem(
      'schema',
      `a graph file must be a JSON object (or Cytoscape's list of elements); this is ${looks}`,
      '$',
    );
  }
  if ('nodes' in root && !Array.isArray(root.nodes))
    return problem(
      'schema',
      `a JSON graph has a "nodes" array; here "nodes" is ${root.nodes === null ? 'null' : typeof root.nodes === 'object' ? 'an object' : `a ${typeof root.nodes}`}`,
      '$.nodes',
    );
  const keys = Object.keys(root);
  const looks = keys.length
    ? `a JSON object with the keys ${keys
        .slice(0, 6)
        .map((k) => `"${k.slice(0, 30)}"`)
        .join(', ')}${keys.length > 6 ? ', …' : ''}`
    : 'an empty JSON object';
  return problem('unsupported-format', `this is ${looks}, not a graph Parley knows`);
}

/** d3's links weigh by "value" (Les Misérables: co-occurrences): the weight, unless one is given. */
function withD3Weight(attrs: Obj): Obj {
  const v = attrs.value;
  return attrs.weight === undefined && typeof v === 'number' && Number.isFinite(v)
    ? { ...attrs, weight: v }
    : attrs;
}
