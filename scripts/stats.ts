/** npm run stats [-- --data DIR] [--json]: counts, isolated entities, relations without evidence. */
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/graph/build';
import { ENTITY_TYPES } from '../src/model';
import { loadForCli } from './cliData';
import { printJson, printLines, runCli } from './cliOutput';

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      sources: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const { dataset } = await loadForCli(values);
  const { graph, report } = buildGraph(dataset);

  if (values.json) {
    printJson(report);
  } else {
    const out: string[] = [];
    out.push(
      `${report.entities} entities, ${report.relations} relations, ${report.sources} sources`,
    );
    out.push('', 'Entities by type:');
    for (const t of ENTITY_TYPES)
      out.push(`  ${t.padEnd(14)} ${String(report.entitiesByType[t]).padStart(5)}`);
    out.push('', 'Relations by type:');
    for (const [t, n] of Object.entries(report.relationsByType).sort((a, b) => b[1] - a[1])) {
      if (n > 0) out.push(`  ${t.padEnd(14)} ${String(n).padStart(5)}`);
    }
    const evidence = graph.reduceEdges((n, _e, a) => n + a.evidence.length, 0);
    const multi = graph.filterEdges(
      (_e, a) => new Set(a.evidence.map((x) => x.source)).size > 1,
    ).length;
    out.push(
      '',
      `Evidence: ${evidence} quotes; ${multi} relations reported by more than one source`,
    );
    out.push(`Isolated entities: ${report.isolated.length ? report.isolated.join(', ') : 'none'}`);
    out.push(
      `Relations without evidence: ${report.withoutEvidence.length ? report.withoutEvidence.join(', ') : 'none'}`,
    );
    printLines(process.stdout, out);
  }
});
