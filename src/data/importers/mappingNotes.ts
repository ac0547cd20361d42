import { shorten } from './values';

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Collects what happened during the mapping into short, countable lines. */
export class Notes {
  readonly unmapped: string[] = [];
  private readonly droppedSummary: string[] = [];
  uncitedSources = 0;
  private readonly counts = new Map<string, { n: number; one: string }>();
  /** Informational lines for the report's "mapped" part (kinds in the file, the look). */
  readonly mappedExtra: string[] = [];
  private mergedEdges = 0;
  private mergedGroups = 0;
  private keptEdges = 0;
  private readonly keptAttrs = {
    node: new Map<string, number>(),
    edge: new Map<string, number>(),
  };
  private readonly rewrites: [string, string][] = [];
  private rewriteCount = 0;

  /** Something the reader left out before mapping: a report line and a short phrase. */
  dropped(line: string, summary: string) {
    this.unmapped.push(line);
    this.droppedSummary.push(summary);
  }
  count(many: string, one: string) {
    // Called for most nodes and edges: one record per line, counted in place.
    const c = this.counts.get(many);
    if (c) c.n++;
    else this.counts.set(many, { n: 1, one });
  }
  rewritten(from: string, to: string) {
    this.rewriteCount++;
    if (this.rewrites.length < 3) this.rewrites.push([shorten(from), to]);
  }
  /** Attributes no Parley field took: kept as they are (Details, List). */
  kept(kind: 'node' | 'edge', keys: string[]) {
    for (const key of keys) {
      const k = shorten(key, 40);
      this.keptAttrs[kind].set(k, (this.keptAttrs[kind].get(k) ?? 0) + 1);
    }
  }
  keptApart(edges: number) {
    this.keptEdges = edges;
  }
  merged(edges: number, groups: number) {
    this.mergedEdges = edges;
    this.mergedGroups = groups;
  }
  look(l: {
    placed: number;
    nodeCount: number;
    coloured: number;
    sized: number;
    ignored: string[];
  }) {
    if (l.placed === l.nodeCount && l.placed)
      this.mappedExtra.push(`Layout from the file: positions for all ${l.placed} nodes.`);
    else if (l.placed)
      this.unmapped.push(
        `Positions for only ${l.placed} of ${l.nodeCount} nodes: Parley lays the graph out itself.`,
      );
    if (l.coloured || l.sized)
      this.mappedExtra.push(
        `The file's colours (${l.coloured} nodes) and sizes (${l.sized} nodes) are offered under Colour by and Size by: “From the file”.`,
      );
    if (l.ignored.length)
      this.unmapped.push(`Ignored styling attributes (${l.ignored.join(', ')}).`);
  }

  /**
   * A few short phrases for the notice shown after opening (the lines above
   * are the details). A file with no quotes at all is not warned about each
   * of its relations: no graph file carries quotes (the load report still
   * counts them); a file where some have quotes and others not is.
   */
  summary(relations = Infinity): string[] {
    const out: string[] = [];
    if (this.mergedEdges)
      out.push(
        `${plural(this.mergedEdges, 'repeated edge', 'repeated edges')} merged into ${plural(this.mergedGroups, 'relation', 'relations')} with a count and summed weight`,
      );
    if (this.keptEdges)
      out.push(`${plural(this.keptEdges, 'repeated edge', 'repeated edges')} kept apart`);
    const noEvidence = this.counts.get('relations have no evidence (no quotes in the file)')?.n;
    if (noEvidence && noEvidence < relations)
      out.push(`${plural(noEvidence, 'relation', 'relations')} without evidence`);
    if (this.uncitedSources)
      out.push(`${plural(this.uncitedSources, 'cited source', 'cited sources')} not described`);
    return [...out, ...this.droppedSummary];
  }

  mappedLines(): string[] {
    const kept = (kind: 'node' | 'edge') => {
      const keys = [...this.keptAttrs[kind].keys()];
      return keys.length
        ? [
            `Kept as ${kind} attributes (shown in Details and the List): ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''}.`,
          ]
        : [];
    };
    return [
      'Node attributes label/name → label, the kind column (below; “Type from” picks another) → entity type in the file’s words, aliases, description, note, kind, date/date_precision/date_note → date.',
      'Edge attributes: the kind column → relation type in the file’s words (Parley’s own where it names one), weight, evidence, qualifiers, date, note; a Type of Directed/Undirected → direction.',
      ...kept('node'),
      ...kept('edge'),
      ...this.mappedExtra,
    ];
  }

  unmappedLines(): string[] {
    const out: string[] = [];
    for (const [many, { n, one }] of this.counts) out.push(`${n} ${n === 1 ? one : many}.`);
    if (this.rewriteCount) {
      out.push(
        `${plural(this.rewriteCount, 'id was', 'ids were')} rewritten as slugs unique across entities and relations (${this.rewrites.map(([a, b]) => `“${a}” → “${b}”`).join(', ')}${this.rewriteCount > 3 ? ', …' : ''}).`,
      );
    }
    if (this.mergedEdges)
      out.push(
        `${plural(this.mergedEdges, 'repeated edge', 'repeated edges')} (same pair, type and direction) merged into ${plural(this.mergedGroups, 'relation', 'relations')}, each with the number of edges (count) and their summed weight (an edge without a weight counts 1). Open the file with “Keep repeated edges apart” (npm run convert -- --keep-repeated) to keep them apart.`,
      );
    if (this.keptEdges)
      out.push(
        `${plural(this.keptEdges, 'repeated edge', 'repeated edges')} (same pair, type and direction as an earlier one) kept apart, as asked (“Keep repeated edges apart”); more than 6 between one pair are drawn as straight lines.`,
      );
    return [...out, ...this.unmapped];
  }
}
