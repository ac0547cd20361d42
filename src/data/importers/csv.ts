import type { ImportOptions } from './types';
import Papa from 'papaparse';
import type { Problem } from '../problems';
import type { OpenOutcome } from './index';
import { EdgeListGraph } from './edgeListGraph';
import { mapGraph } from './mapGraph';

/**
 * CSV → a Parley dataset, through papaparse and the same mapping as GEXF and
 * GraphML. Two shapes: Parley's own pair of tables (`….nodes.csv` with an id
 * column, `….edges.csv` with source and target), picked or dropped together,
 * or a single edge list `source,target[,type][,…]` (with or without a header)
 * whose entities are the ids it names. Broken rows are listed with their line
 * numbers and skipped; the rest of the graph is kept.
 */
export interface CsvFile {
  name: string;
  text: string;
}

interface Table {
  file: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
  broken: Problem[];
}

const SOURCE_COLUMNS = ['source', 'from', 'src', 'start', 'node1', 'subject'];
const TARGET_COLUMNS = ['target', 'to', 'dst', 'end', 'node2', 'object'];
const ID_COLUMNS = ['id', 'key', 'node', 'node_id', 'nodeid'];

export function importCsv(files: readonly CsvFile[], opts: ImportOptions = {}): OpenOutcome {
  const tables = files.map(readTable);
  const failed = tables.flatMap((t) => (t.header.length ? [] : [emptyProblem(t.file)]));
  if (failed.length) return { ok: false, format: 'csv', problems: failed };
  const edgesTable = tables.find(
    (t) => column(t.header, SOURCE_COLUMNS) >= 0 && column(t.header, TARGET_COLUMNS) >= 0,
  );
  const nodesTable = tables.find((t) => t !== edgesTable);
  if (tables.length > 2 || (tables.length === 2 && (!edgesTable || !nodesTable)))
    return pairProblem(files.map((f) => f.name).join(', '));

  if (!edgesTable) {
    const only = tables[0];
    if (only && column(only.header, ID_COLUMNS) >= 0)
      return {
        ok: false,
        format: 'csv',
        problems: [
          {
            severity: 'error',
            code: 'unsupported-format',
            file: only.file,
            message: 'this is a table of nodes without its table of edges',
            hint: 'Pick or drop the nodes and edges files together (e.g. parley-graph.nodes.csv and parley-graph.edges.csv), or open an edge list with source and target columns.',
          },
        ],
      };
    // No recognisable header: a bare edge list, first column source, second target, third type.
    if (only) return buildGraph(undefined, headerless(only), opts);
  }
  return buildGraph(nodesTable, edgesTable as Table, opts);
}

function buildGraph(nodes: Table | undefined, edges: Table, opts: ImportOptions = {}): OpenOutcome {
  const graph = new EdgeListGraph();
  const broken: Problem[] = [...(nodes?.broken ?? []), ...edges.broken];
  const rowProblem = (t: Table, line: number, message: string) =>
    broken.push({
      severity: 'warning',
      code: 'csv-row',
      file: t.file,
      line,
      message: `${message}; the row was skipped`,
    });

  if (nodes) {
    const idCol = column(nodes.header, ID_COLUMNS);
    for (const { line, cells } of nodes.rows) {
      const id = cells[idCol]?.trim();
      if (!id) rowProblem(nodes, line, 'the id cell is empty');
      else if (graph.hasNode(id)) rowProblem(nodes, line, `the id “${id}” appears twice`);
      else graph.addNode(id, attributes(nodes.header, cells, [idCol]));
    }
  }
  const s = column(edges.header, SOURCE_COLUMNS);
  const t = column(edges.header, TARGET_COLUMNS);
  const idCol = column(edges.header, ['id', 'key']);
  const edgeSkip = [s, t, idCol];
  for (const { line, cells } of edges.rows) {
    const source = cells[s]?.trim();
    const target = cells[t]?.trim();
    if (!source || !target) {
      rowProblem(edges, line, `the ${!source ? 'source' : 'target'} cell is empty`);
      continue;
    }
    if (nodes) {
      const missing = !graph.hasNode(source) ? source : !graph.hasNode(target) ? target : '';
      if (missing) {
        rowProblem(edges, line, `“${missing}” is not an id in ${nodes.file}`);
        continue;
      }
    } else {
      if (!graph.hasNode(source)) graph.addNode(source, { label: source });
      if (!graph.hasNode(target)) graph.addNode(target, { label: target });
    }
    const attrs = attributes(edges.header, cells, edgeSkip);
    graph.addEdge(idCol >= 0 ? cells[idCol]?.trim() : undefined, source, target, attrs);
  }

  const file = nodes ? `${nodes.file} + ${edges.file}` : edges.file;
  if (graph.order === 0)
    return {
      ok: false,
      format: 'csv',
      problems: broken.length
        ? broken.map((p) => ({ ...p, severity: 'error' as const }))
        : [emptyProblem(file)],
    };
  const { dataset, report } = mapGraph(graph, { file, format: 'csv', ...opts });
  report.mapped = [
    ...(nodes
      ? [columnLine(nodes, NODE_FIELDS)]
      : ['Entities: every id named in the source and target columns (label = id).']),
    columnLine(edges, EDGE_FIELDS),
  ];
  const rowLines = broken.map((p) => `${p.file}:${p.line}: ${p.message}.`);
  report.unmapped.unshift(...rowLines);
  if (broken.length)
    report.summary.unshift(`${broken.length} broken row${broken.length === 1 ? '' : 's'} skipped`);
  return {
    ok: true,
    format: 'csv',
    dataset,
    report,
    problems: [
      ...broken,
      ...report.unmapped
        .filter((m) => !rowLines.includes(m))
        .map((message) => ({
          severity: 'warning' as const,
          code: 'import-mapping' as const,
          file,
          message,
        })),
    ],
  };
}

/** Parsed rows with their line numbers (a quoted cell may span lines). */
function readTable(f: CsvFile): Table {
  const text = f.text.charCodeAt(0) === 0xfeff ? f.text.slice(1) : f.text;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const table: Table = { file: f.name, header: [], rows: [], broken: [] };
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (r) => {
      const line = lineAt(skipBlank(text, start));
      start = r.meta.cursor;
      const cells = unescapeFormulas(r.data);
      if (!table.header.length) {
        table.header = cells.map((c) => c.trim());
        return;
      }
      const error = r.errors[0];
      if (error)
        table.broken.push({
          severity: 'warning',
          code: 'csv-row',
          file: f.name,
          line,
          message: `${error.message}; the row was skipped`,
        });
      else if (cells.length !== table.header.length)
        table.broken.push({
          severity: 'warning',
          code: 'csv-row',
          file: f.name,
          line,
          message: `${cells.length} cells where the header has ${table.header.length}; the row was skipped`,
        });
      else table.rows.push({ line, cells });
    },
  });
  return table;
}

const skipBlank = (text: string, i: number) => {
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++;
  return i;
};

/**
 * Parley's writer guards cells starting with = + - @ with a ' (spreadsheets
 * run formulas). In place: the row is papaparse's own, made for this step.
 */
function unescapeFormulas(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(cell)) cells[i] = cell.slice(1);
  }
  return cells;
}

/** A headerless edge list: its first row is data too. */
function headerless(t: Table): Table {
  const width = Math.max(2, t.header.length);
  const header = [
    'source',
    'target',
    'type',
    ...Array.from({ length: width - 3 }, (_, i) => `column_${i + 4}`),
  ].slice(0, width);
  return { ...t, header, rows: [{ line: 1, cells: t.header }, ...t.rows] };
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function column(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(norm(h)));
}

function attributes(header: readonly string[], cells: readonly string[], skip: number[]) {
  const out: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) {
    const h = header[i];
    const v = cells[i];
    if (!skip.includes(i) && h && v !== undefined && v !== '') out[h] = v;
  }
  return out;
}

// What mapGraph makes of each column name (README, "How foreign attributes map").
const NODE_FIELDS: [string[], string][] = [
  [ID_COLUMNS, 'id'],
  [['label', 'name', 'title', 'shared_name'], 'label'],
  [['type', 'entity_type', 'entitytype', 'node_type', 'category', 'class', 'group'], 'entity type'],
  [['aliases', 'alias', 'synonyms', 'alternate_names'], 'aliases'],
  [['description', 'desc', 'summary'], 'description'],
  [['note', 'notes', 'comment'], 'note'],
  [['kind', 'subtype'], 'kind'],
  [['number'], 'number'],
  [['date', 'start', 'start_date', 'year'], 'date'],
  [['date_precision'], 'date precision'],
  [['date_note'], 'date note'],
];
const EDGE_FIELDS: [string[], string][] = [
  [['id', 'key'], 'relation id'],
  [SOURCE_COLUMNS, 'source'],
  [TARGET_COLUMNS, 'target'],
  [['type', 'relation', 'relation_type', 'interaction', 'predicate', 'kind'], 'relation type'],
  [['label'], 'relation type when no type column (else ignored: labels come from the vocabulary)'],
  [['date', 'start', 'start_date', 'year'], 'date'],
  [['date_precision'], 'date precision'],
  [['date_note'], 'date note'],
  [['at'], 'at (meeting)'],
  [['by'], 'by (speakers)'],
  [['on_behalf_of'], 'on behalf of'],
  [['qualifiers'], 'qualifiers'],
  [['note', 'notes', 'comment'], 'note'],
  [['evidence'], 'evidence'],
  [['evidence_count', 'evidence_sources'], 'ignored (derived from evidence)'],
];
const VISUAL = ['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'weight'];

function columnLine(t: Table, fields: [string[], string][]): string {
  const parts = t.header.map((h) => {
    const n = norm(h);
    const field = fields.find(([names]) => names.includes(n))?.[1];
    return `${h} → ${field ?? (VISUAL.includes(n) ? 'ignored (layout/styling)' : 'not mapped')}`;
  });
  return `${t.file} columns: ${parts.join(', ')}.`;
}

function emptyProblem(file: string): Problem {
  return {
    severity: 'error',
    code: 'schema',
    file,
    message: 'the CSV file has no rows',
    hint: 'An edge list needs a header such as "source,target,type" and one row per relation.',
  };
}

function pairProblem(names: string): OpenOutcome {
  return {
    ok: false,
    format: 'csv',
    problems: [
      {
        severity: 'error',
        code: 'unsupported-format',
        file: names,
        message: 'these CSV files are not a nodes table and an edges table',
        hint: 'Open two files together only when one has an id column (nodes) and the other source and target columns (edges).',
      },
    ],
  };
}
