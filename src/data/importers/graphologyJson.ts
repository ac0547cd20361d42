import type { ImportOptions } from './types';
import Graph from 'graphology';
import { jsonPath, parseLocatedJson, type LocatedJson } from '../jsonLocation';
import { duplicateKeyProblems } from '../inputChecks';
import type { Problem } from '../problems';
import { hardenGraph } from '../safeGraph';
import { mapGraph } from './mapGraph';
import type { ImportResult } from './types';

type Path = (string | number)[];

/**
 * graphology's serialization (`graph.export()`): `{ attributes?, options?,
 * nodes: [{ key, attributes? }], edges?: [{ key?, source, target,
 * attributes?, undirected? }] }`. Every structural problem is reported with
 * its line, column and JSON path before anything is built.
 */
export function importGraphologyJson(
  file: string,
  text: string,
  opts: ImportOptions = {},
): ImportResult {
  const parsed = parseLocatedJson(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.errors.map((e) => ({
        severity: 'error',
        code: 'json-syntax',
        file,
        line: e.line,
        column: e.column,
        message: e.message,
        hint: 'Fix the JSON syntax at this position (a missing comma, quote or bracket is the usual cause).',
      })),
    };
  }
  const problems = [
    ...duplicateKeyProblems(file, parsed.json),
    ...checkStructure(file, parsed.json),
  ];
  if (problems.length) return { ok: false, problems };

  const root = parsed.json.value as SerializedGraph;
  const undirectedGraph = root.options?.type === 'undirected';
  const graph = hardenGraph(new Graph({ type: 'mixed', multi: true, allowSelfLoops: true }));
  if (root.attributes && typeof root.attributes === 'object')
    graph.replaceAttributes({ ...root.attributes });
  for (const n of root.nodes) graph.addNode(String(n.key), { ...(n.attributes ?? {}) });
  for (const e of root.edges ?? []) {
    const attrs = { ...(e.attributes ?? {}) };
    const undirected = e.undirected ?? undirectedGraph;
    const key = e.key === undefined || e.key === null ? undefined : String(e.key);
    const s = String(e.source);
    const t = String(e.target);
    if (undirected) {
      if (key !== undefined && !graph.hasEdge(key))
        graph.addUndirectedEdgeWithKey(key, s, t, attrs);
      else graph.addUndirectedEdge(s, t, attrs);
    } else if (key !== undefined && !graph.hasEdge(key))
      graph.addDirectedEdgeWithKey(key, s, t, attrs);
    else graph.addDirectedEdge(s, t, attrs);
  }
  const { dataset, report } = mapGraph(graph, { file, format: 'graphology-json', ...opts });
  return { ok: true, dataset, report };
}

interface SerializedGraph {
  attributes?: Record<string, unknown>;
  options?: { type?: string };
  nodes: { key: string | number; attributes?: Record<string, unknown> }[];
  edges?: {
    key?: string | number | null;
    source: string | number;
    target: string | number;
    attributes?: Record<string, unknown>;
    undirected?: boolean;
  }[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isKey = (v: unknown): v is string | number =>
  (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v));

function checkStructure(file: string, json: LocatedJson): Problem[] {
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
  const root = json.value;
  if (!isObject(root) || !Array.isArray(root.nodes)) {
    at(
      [],
      'a graphology JSON file is an object with a "nodes" array',
      'Export it with graph.export() (or JSON.stringify(graph)).',
    );
    return problems;
  }
  if (root.attributes !== undefined && !isObject(root.attributes))
    at(['attributes'], '"attributes" must be an object', 'Write "attributes": { … }.');
  if (root.edges !== undefined && !Array.isArray(root.edges))
    at(['edges'], '"edges" must be an array', 'Write "edges": [ … ].');

  const keys = new Set<string>();
  root.nodes.forEach((n: unknown, i) => {
    if (!isObject(n) || !isKey(n.key)) {
      at(['nodes', i], 'a node needs a "key" (a string or a number)', 'Write { "key": "…" }.');
      return;
    }
    const key = String(n.key);
    if (keys.has(key))
      at(['nodes', i, 'key'], `node key "${key}" is used twice`, 'Node keys are unique.', key);
    keys.add(key);
    if (n.attributes !== undefined && !isObject(n.attributes))
      at(
        ['nodes', i, 'attributes'],
        '"attributes" must be an object',
        'Write "attributes": { … }.',
        key,
      );
  });
  if (Array.isArray(root.edges)) {
    root.edges.forEach((e: unknown, i) => {
      if (!isObject(e)) {
        at(['edges', i], 'an edge must be an object', 'Write { "source": "…", "target": "…" }.');
        return;
      }
      const id = isKey(e.key) ? String(e.key) : undefined;
      for (const end of ['source', 'target'] as const) {
        const v = e[end];
        if (!isKey(v))
          at(['edges', i], `the edge has no "${end}"`, `Give the ${end} node's key.`, id);
        else if (!keys.has(String(v)))
          at(
            ['edges', i, end],
            `${end} "${String(v)}" is not the key of any node`,
            'Add that node, or correct the key (keys are case-sensitive).',
            id,
          );
      }
      if (e.attributes !== undefined && !isObject(e.attributes))
        at(
          ['edges', i, 'attributes'],
          '"attributes" must be an object',
          'Write "attributes": { … }.',
          id,
        );
    });
  }
  return problems;
}
