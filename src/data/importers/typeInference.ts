import { DEFAULT_VOCABULARY_FILE, ENTITY_TYPES } from '../../model';
/**
 * Which attribute of a foreign file says what kind of thing a node or an edge
 * is (TinkerPop's `labelV`/`labelE`, Marvel's `type`, karate's `club`,
 * Gephi's `modularity_class`, TrumpWorld's `Relationship`…), and the values it
 * takes, in the file's own words. Pure: it reads attribute records only. The
 * result is what a per-dataset vocabulary is built from (entity types and
 * relation types named as the file names them).
 */

export interface TypeValue {
  value: string;
  count: number;
}

export interface TypeColumn {
  /** The attribute's name as written in the file. */
  key: string;
  /** Its values, most frequent first. */
  values: TypeValue[];
  /** How many records carry it. */
  covered: number;
}

/** Names that say "type", most telling first (matched case-insensitively). */
export const NODE_TYPE_NAMES = [
  'type',
  'labelv',
  'label_v',
  'entity_type',
  'entitytype',
  'node_type',
  'nodetype',
  'category',
  'kind',
  'class',
  'group',
  'modularity_class',
  'modularityclass',
  'community',
  'club',
  'value',
  'party',
  'faction',
] as const;

export const EDGE_TYPE_NAMES = [
  'type',
  'labele',
  'label_e',
  'relationship',
  'relation',
  'relation_type',
  'interaction',
  'data_type',
  'edge_type',
  'edgetype',
  'predicate',
  'kind',
  'category',
  // Last: an edge's label names its kind when it repeats (yEd, Neo4j), not when each edge has its own.
  'label',
] as const;

/** Names that can mean nothing but a kind (unlike `type` or `label`, which may hold names). */
const STRONG = new Set([
  'labelv',
  'label_v',
  'entity_type',
  'node_type',
  'labele',
  'label_e',
  'relationship',
  'relation',
  'relation_type',
  'interaction',
  'edge_type',
  'predicate',
]);

/** CSV `Type` columns that say direction, not kind (Gephi writes Directed/Undirected). */
const DIRECTION_VALUES = new Set(['directed', 'undirected', 'mutual']);

export function isDirectionValue(v: unknown): boolean {
  return typeof v === 'string' && DIRECTION_VALUES.has(v.trim().toLowerCase());
}

type Records = Iterable<Readonly<Record<string, unknown>>>;

/**
 * One kind however it is spelled: "met with", "met_with", "Met  With" are the
 * same (case, spaces and underscores aside).
 */
export function kindKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

const OWN_TYPES = {
  node: new Set<string>(ENTITY_TYPES),
  edge: new Set(DEFAULT_VOCABULARY_FILE.relationTypes.map((r) => r.id)),
};

/**
 * The first type-like attribute (by name, in the order above) that at least
 * half the records carry with short categorical values, few enough to be
 * kinds rather than names (at most 60 distinct, and fewer than the records
 * when there are more than three). Direction words are not kinds.
 */
export function inferTypeColumn(
  records: Records,
  kind: 'node' | 'edge',
  prefer?: string,
): TypeColumn | undefined {
  const names: readonly string[] = kind === 'node' ? NODE_TYPE_NAMES : EDGE_TYPE_NAMES;
  // Per column: each kind (by kindKey) with the count of each of its spellings.
  const counts = new Map<string, Map<string, Map<string, number>>>();
  const realName = new Map<string, string>();
  let n = 0;
  for (const r of records) {
    n++;
    for (const [k, v] of Object.entries(r)) {
      const lower = k.toLowerCase();
      if (prefer === undefined ? !names.includes(lower) : k !== prefer) continue;
      const value = categorical(v);
      if (value === undefined || isDirectionValue(value)) continue;
      if (!realName.has(lower)) realName.set(lower, k);
      let m = counts.get(lower);
      if (!m) counts.set(lower, (m = new Map()));
      let spellings = m.get(kindKey(value));
      if (!spellings) m.set(kindKey(value), (spellings = new Map()));
      spellings.set(value, (spellings.get(value) ?? 0) + 1);
    }
  }
  const order = prefer === undefined ? names : [prefer.toLowerCase()];
  for (const name of order) {
    const kinds = counts.get(name);
    if (!kinds) continue;
    const m = new Map([...kinds.values()].map(oneKind));
    const covered = [...m.values()].reduce((a, b) => a + b, 0);
    // A column named for kinds alone (labelE, relation…) may have as many kinds as records in a small file.
    // Parley's own type names are kinds however few records carry each (its own exports).
    const own = [...m.keys()].every((v) => OWN_TYPES[kind].has(v));
    const fewKinds =
      own || (m.size <= 60 && (n <= 3 || m.size < n || (STRONG.has(name) && n <= 60)));
    if (prefer === undefined && (covered * 2 < n || !fewKinds)) continue;
    const values = [...m]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { key: realName.get(name)!, values, covered };
  }
  return undefined;
}

/** A kind's most frequent spelling (the first seen on a tie) and its count over all of them. */
function oneKind(spellings: Map<string, number>): [string, number] {
  let best = '';
  let most = 0;
  let total = 0;
  for (const [spelling, count] of spellings) {
    total += count;
    if (count > most) [best, most] = [spelling, count];
  }
  return [best, total];
}

function categorical(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s && s.length <= 80 ? s : undefined;
}

/** "labelV: person (4), software (2)" for the load report. */
export function describeTypeColumn(c: TypeColumn, max = 8): string {
  const shown = c.values.slice(0, max).map((v) => `${v.value} (${v.count})`);
  return `${c.key}: ${shown.join(', ')}${c.values.length > max ? `, … ${c.values.length - max} more` : ''}`;
}

/** Attributes that say where and how a node is drawn, or name it: never kinds. */
const NOT_KINDS = new Set([
  'id',
  'key',
  'x',
  'y',
  'z',
  'size',
  'color',
  'colour',
  'shape',
  'weight',
  'label',
  'name',
  'title',
  'description',
  // Times (dynamic GEXF) go to the time bar, not the legend.
  'start',
  'end',
  'spells',
  'timestamps',
]);

/** Words in an attribute's name that say it names or identifies a record, not its kind. */
const NAMING_WORDS = new Set([
  'name',
  'names',
  'synonym',
  'synonyms',
  'alias',
  'aliases',
  'nickname',
  'label',
  'title',
  'id',
  'ids',
  'identifier',
  'description',
  'comment',
  'url',
  'uri',
  'iri',
  'email',
]);
const TYPE_NAMES = new Set<string>([...NODE_TYPE_NAMES, ...EDGE_TYPE_NAMES]);

/**
 * `gene_name`, `Synonym`, `shortTitle`, `Ensembl_ID`: a name (or identifier) of
 * the record. A name that says "type" (`labelV`) is never one.
 */
export function namesRecords(key: string): boolean {
  if (TYPE_NAMES.has(key.toLowerCase())) return false;
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);
  return words.some((w) => NAMING_WORDS.has(w));
}

/**
 * Every attribute that could say kinds ("Type from" in the load report):
 * short categorical values, 2 to 60 distinct, fewer than the records,
 * carried by at least a quarter of them; never fractions (a measure such
 * as a centrality, not a kind), never names (by the attribute's name, or
 * because nearly every value differs: over 80% distinct among 8 or more).
 * In the order first seen.
 */
export function typeColumnCandidates(records: Records): string[] {
  const values = new Map<string, Set<string> | null>();
  const covered = new Map<string, number>();
  let n = 0;
  for (const r of records) {
    n++;
    for (const [k, v] of Object.entries(r)) {
      if (NOT_KINDS.has(k.toLowerCase()) || namesRecords(k)) continue;
      let set = values.get(k);
      if (set === null) continue;
      if (isFraction(v)) {
        values.set(k, null);
        continue;
      }
      const value = categorical(v);
      if (value === undefined) continue;
      if (!set) values.set(k, (set = new Set()));
      set.add(value);
      if (set.size > 60) values.set(k, null);
      covered.set(k, (covered.get(k) ?? 0) + 1);
    }
  }
  return [...values]
    .filter(
      ([k, set]) =>
        set !== null &&
        set.size >= 2 &&
        (n <= 3 || set.size < n) &&
        (covered.get(k) ?? 0) * 4 >= n &&
        !mostlyDistinct(set.size, covered.get(k) ?? 0),
    )
    .map(([k]) => k);
}

/** Nearly every value its own: names, not kinds (a small file's few records may all differ). */
function mostlyDistinct(distinct: number, covered: number): boolean {
  return covered >= 8 && distinct > covered * 0.8;
}

function isFraction(v: unknown): boolean {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && !Number.isInteger(n);
}
