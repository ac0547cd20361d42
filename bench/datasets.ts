/**
 * The datasets a benchmark run measures, each with what the driver needs to
 * know about it: counts to wait for, a search query, nodes to click, a type
 * to filter.
 */
import { readDataDir } from '../src/data/node';
import { validateFiles } from '../src/data/validate';
import { buildGraph } from '../src/graph/build';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type EntityType } from '../src/model';
import { bundleText, generateBundle } from './synthetic';

export interface BenchDataset {
  /** "bundled" or the synthetic size. */
  name: string;
  entities: number;
  relations: number;
  typeCounts: Record<EntityType, number>;
  /** The dataset as one bundle file (what the baseline page and "Open…" read). */
  text: string;
  /** Typed into the search box, key by key (folded, lowercase). */
  query: string;
  /** Candidates to click for the selection figure (more than are clicked). */
  clicks: { id: string; label: string }[];
  /** Toggled off and on again for the filter figure. */
  filterType: EntityType;
  filterLabel: string;
}

interface Minimal {
  entities: { id: string; type: EntityType; label: string }[];
  relations: { source: string; target: string }[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

export function describeDataset(
  name: string,
  data: Minimal,
  text: string,
  opts: { keystrokes: number; clicks: number },
): BenchDataset {
  const ids = new Set(data.entities.map((e) => e.id));
  const degree = new Map<string, number>();
  let relations = 0;
  for (const r of data.relations) {
    if (!ids.has(r.source) || !ids.has(r.target)) continue;
    relations++;
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const typeCounts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<
    EntityType,
    number
  >;
  for (const e of data.entities) typeCounts[e.type]++;
  const top = (type: EntityType) =>
    data.entities
      .filter((e) => e.type === type)
      .sort(
        (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id),
      )[0];
  // Candidates to click, best connected first; the driver skips any that an
  // edge covers and stops after `clicks` successful ones.
  const ranked = [...data.entities].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  const picks = [
    ...(['person', 'meeting', 'topic', 'organization'] as const).map(top),
    ...ranked.slice(0, 12),
  ]
    .filter((e): e is Minimal['entities'][number] => e !== undefined)
    .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
    .slice(0, Math.max(1, opts.clicks) + 8);
  const person = top('person') ?? data.entities[0];
  if (!person) throw new Error(`bench: dataset ${name} has no entities`);
  const words = fold(person.label)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
  const word = words.at(-1) ?? fold(person.label).replace(/[^a-z0-9]/g, '');
  const filterType: EntityType =
    typeCounts.place > 0 ? 'place' : (ENTITY_TYPES.find((t) => typeCounts[t] > 0) ?? 'person');
  return {
    name,
    entities: data.entities.length,
    relations,
    typeCounts,
    text,
    query: word.slice(0, Math.max(1, opts.keystrokes)),
    clicks: picks.map((e) => ({ id: e.id, label: e.label })),
    filterType,
    filterLabel: ENTITY_TYPE_LABELS[filterType],
  };
}

/** The bundled dataset (graph-data/), merged into one bundle for the baseline page. */
export async function bundledDataset(
  dataDir: string,
  opts: { keystrokes: number; clicks: number },
): Promise<BenchDataset> {
  const { dataset, problems } = validateFiles(await readDataDir(dataDir));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`bench: the bundled dataset has ${errors.length} errors`);
  const { graph } = buildGraph(dataset);
  const bundle = {
    format: 'parley-bundle',
    version: 1,
    title: dataset.title ?? 'Parley bundled dataset',
    sources: dataset.sources,
    entities: dataset.entities,
    relations: dataset.relations.filter((r) => graph.hasEdge(r.id)),
  };
  return describeDataset('bundled', bundle, JSON.stringify(bundle), opts);
}

export function syntheticDataset(
  size: number,
  seed: number,
  opts: { keystrokes: number; clicks: number },
): BenchDataset {
  const bundle = generateBundle({ entities: size, seed });
  return describeDataset(String(size), bundle, bundleText(bundle), opts);
}
