/**
 * npm run stats [-- --data DIR] [--json]: counts, statements by side and by
 * speaker, isolated entities, relations without evidence.
 */
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/graph/build';
import { statementCounts, type StatementCount } from '../src/graph/statements';
import { ENTITY_TYPES } from '../src/model';
import { loadForCli } from './cliData';
import { printJson, printLines } from './cliOutput';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    sources: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const { dataset } = await loadForCli(values);
const { graph, report } = buildGraph(dataset);
const statements = statementCounts(graph);

if (values.json) {
  printJson({ ...report, statements });
} else {
  const out: string[] = [];
  out.push(`${report.entities} entities, ${report.relations} relations, ${report.sources} sources`);
  out.push('', 'Entities by type:');
  for (const t of ENTITY_TYPES)
    out.push(`  ${t.padEnd(14)} ${String(report.entitiesByType[t]).padStart(5)}`);
  out.push('', 'Relations by type:');
  for (const [t, n] of Object.entries(report.relationsByType).sort((a, b) => b[1] - a[1])) {
    if (n > 0) out.push(`  ${t.padEnd(14)} ${String(n).padStart(5)}`);
  }
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const rows = (title: string, list: StatementCount[]) => {
    out.push('', `${title}:`);
    if (!list.length) out.push('  none');
    for (const c of list)
      out.push(
        `  ${label(c.id).padEnd(28)} ${String(c.statements).padStart(5)}${c.joint ? `  (${c.joint} joint)` : ''}`,
      );
  };
  rows('Statements by side', statements.bySide);
  rows('Statements by speaker', statements.bySpeaker);
  const evidence = graph.reduceEdges((n, _e, a) => n + a.evidence.length, 0);
  const multi = graph.filterEdges(
    (_e, a) => new Set(a.evidence.map((x) => x.source)).size > 1,
  ).length;
  out.push('', `Evidence: ${evidence} quotes; ${multi} relations reported by more than one source`);
  out.push(`Isolated entities: ${report.isolated.length ? report.isolated.join(', ') : 'none'}`);
  out.push(
    `Relations without evidence: ${report.withoutEvidence.length ? report.withoutEvidence.join(', ') : 'none'}`,
  );
  printLines(process.stdout, out);
}
