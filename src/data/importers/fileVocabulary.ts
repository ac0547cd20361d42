import {
  DEFAULT_VOCABULARY,
  DEFAULT_VOCABULARY_FILE,
  ENTITY_TYPES,
  TYPE_ID_PATTERN,
  Vocabulary,
  isEntityType,
  type EntityType,
  type EntityTypeSpec,
  type RelationTypeSpec,
} from '../../model';
import { foldText } from '../text';
import { kindKey, type TypeColumn } from './typeInference';
import { entityTypeOf, relationTypeOf } from './vocabularyMatch';

/** A node's type: the built-in type it behaves as, and the file's own kind when it is not one. */
export interface NodeKind {
  type: EntityType;
  addedType?: string;
}

/** The built-in type carrying a file's kind that behaves as none (as for a bundle's added types). */
const CARRIER: EntityType = 'place';
const NO_KIND = '\u0000none';

/**
 * The vocabulary a foreign file brings: each value of its node type column
 * becomes an entity type named as the file names it ("hero", "software"),
 * each value of its edge type column a relation type ("knows", "created").
 * Values that are Parley's own (person, co_chaired between the types it
 * allows) stay Parley's, so Parley's exports read back unchanged; a
 * synonym ("city") becomes a type of the file's that behaves as the built-in
 * one (`extends: place`). Nodes without a kind get one type, "Node" (or
 * "No labelV" when the file has a type column): never Topic. Pure.
 */
export class FileVocabulary {
  private readonly added = new Map<string, EntityTypeSpec>();
  private readonly addedByValue = new Map<string, string>();
  private readonly relations = new Map<string, RelationTypeSpec>();
  private readonly relationByValue = new Map<string, string>();
  /** Each relation kind's spelling as the edge column reports it (its most frequent). */
  private readonly spelling = new Map<string, string>();
  private readonly usedTypes = new Set<string>();
  private readonly taken = new Set<string>([
    ...ENTITY_TYPES,
    ...DEFAULT_VOCABULARY.relationTypeIds,
  ]);

  constructor(
    private readonly file: string,
    readonly nodeColumn?: TypeColumn,
    readonly edgeColumn?: TypeColumn,
  ) {
    for (const v of edgeColumn?.values ?? []) this.spelling.set(kindKey(v.value), v.value);
    // Most frequent kinds first: they get the first looks of the palette.
    for (const v of nodeColumn?.values ?? []) this.nodeKind(v.value);
    this.usedTypes.clear();
  }

  /** The type of a node whose type column holds `value` (undefined: it has none). */
  nodeKind(value: string | undefined): NodeKind {
    const builtIn = value === undefined ? undefined : exactBuiltIn(value);
    if (builtIn) {
      this.usedTypes.add(builtIn);
      return { type: builtIn };
    }
    // Spelled either way ("Hero", "hero"), one kind: named as first seen (the column's most frequent first).
    const key = value === undefined ? NO_KIND : kindKey(value);
    let id = this.addedByValue.get(key);
    if (id === undefined) {
      const label =
        value === undefined ? (this.nodeColumn ? `No ${this.nodeColumn.key}` : 'Node') : value;
      id = this.freshId(value === undefined ? 'node' : value, this.nodeColumn?.key);
      const base = value === undefined ? undefined : entityTypeOf(value);
      this.added.set(id, {
        id,
        label: readable(label, this.nodeColumn?.key),
        ...(base ? { extends: base } : {}),
        description:
          value === undefined
            ? `Nodes of ${this.file} without a kind.`
            : `"${value}" in the ${this.nodeColumn?.key ?? 'type'} column of ${this.file}.`,
      });
      this.addedByValue.set(key, id);
    }
    this.usedTypes.add(id);
    return { type: this.added.get(id)?.extends ?? CARRIER, addedType: id };
  }

  /**
   * The relation type of an edge whose type column holds `value`: Parley's
   * own when it names one its endpoints allow, else the file's word;
   * `related_to` when the edge says nothing.
   */
  relationType(value: string | undefined, s: NodeKind, t: NodeKind): string {
    if (value === undefined) return 'related_to';
    const own = relationTypeOf(value);
    if (own && this.allowsOwn(own, s, t)) return own;
    // "works for", "works_for", "Works For": one relation type, in the column's most frequent spelling.
    const key = kindKey(value);
    value = this.spelling.get(key) ?? value;
    let id = this.relationByValue.get(key);
    if (id === undefined) {
      id = this.freshId(value, this.edgeColumn?.key);
      this.relations.set(id, {
        id,
        label: readable(value, this.edgeColumn?.key),
        inverse: `${readable(value, this.edgeColumn?.key)} (reverse)`,
        source: ['place'],
        target: ['place'],
        description: `"${value}" in the ${this.edgeColumn?.key ?? 'type'} column of ${this.file}.`,
      });
      this.relationByValue.set(key, id);
    }
    return id;
  }

  /** The dataset's vocabulary, or undefined when the file uses Parley's own types only. */
  vocabulary(): Vocabulary | undefined {
    if (!this.added.size && !this.relations.size) return undefined;
    const used = [...this.usedTypes];
    const addedUsed = [...this.added.values()].filter((t) => this.usedTypes.has(t.id));
    const any = used.length ? used : ['place'];
    const relationTypes = [
      // Untyped edges join any two kinds of the file.
      ...DEFAULT_VOCABULARY_FILE.relationTypes.map((r) =>
        r.id === 'related_to'
          ? {
              ...r,
              source: [...r.source, ...addedUsed.map((t) => t.id)],
              target: [...r.target, ...addedUsed.map((t) => t.id)],
            }
          : r,
      ),
      ...[...this.relations.values()].map((r) => ({ ...r, source: any, target: any })),
    ];
    return new Vocabulary(
      { ...DEFAULT_VOCABULARY_FILE, entityTypes: addedUsed, relationTypes },
      `the kinds read from ${this.file}`,
    );
  }

  /** An added type that behaves as a place (a city), not one that only rides on it. */
  behavesAsPlace(id: string): boolean {
    return this.added.get(id)?.extends === 'place';
  }

  /** Parley's own relation type fits only between the built-in types it allows. */
  private allowsOwn(type: string, s: NodeKind, t: NodeKind): boolean {
    const base = (k: NodeKind) => (k.addedType ? this.added.get(k.addedType)?.extends : k.type);
    const bs = base(s);
    const bt = base(t);
    return (
      bs !== undefined &&
      bt !== undefined &&
      DEFAULT_VOCABULARY.allows(type, 'source', bs) &&
      DEFAULT_VOCABULARY.allows(type, 'target', bt)
    );
  }

  private freshId(value: string, column: string | undefined): string {
    let base = typeId(value);
    if (!TYPE_ID_PATTERN.test(base)) base = typeId(`${column ?? 'kind'} ${value}`);
    if (!TYPE_ID_PATTERN.test(base)) base = 'kind';
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}_${i}`;
    this.taken.add(id);
    return id;
  }
}

/** A value that is a built-in type's own name or its plural ("person", "Persons"). */
function exactBuiltIn(value: string): EntityType | undefined {
  const v = value.trim().toLowerCase();
  if (isEntityType(v)) return v;
  const singular = v.endsWith('s') ? v.slice(0, -1) : v;
  return isEntityType(singular) ? singular : undefined;
}

/** "Hero Team" → hero_team; type ids are lowercase words joined by "_". */
function typeId(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
}

/** A number alone says nothing in a legend: "modularity_class 3". */
function readable(value: string, column: string | undefined): string {
  const v = value.trim();
  return /^-?\d+(\.\d+)?$/.test(v) && column ? `${column} ${v}` : v;
}
