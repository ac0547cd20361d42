import type { RelationTypeId } from '../model';
import type { EdgeAttrs, ParleyGraph } from './types';
import { vocabularyOf } from './vocabulary';

export interface RelationView {
  id: string;
  type: RelationTypeId;
  /** "out": this entity is the source; "in": it is the target; "both": an undirected link. */
  direction: 'out' | 'in' | 'both';
  /** The phrase read from this entity's side: "co-chaired" or "co-chaired by". */
  phrase: string;
  other: string;
  otherLabel: string;
  /** The other end's type as shown (an added type's own, not the built-in it rides on). */
  otherType: string;
  attrs: EdgeAttrs;
}

export interface RelationGroup {
  key: string;
  phrase: string;
  direction: 'out' | 'in' | 'both';
  relations: RelationView[];
}

/** Every relation of an entity, read from its side and grouped by type and direction. */
export function relationGroups(graph: ParleyGraph, node: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const vocabulary = vocabularyOf(graph);
  const add = (id: string, attrs: EdgeAttrs, way: 'out' | 'in', other: string) => {
    const spec = vocabulary.relationType(attrs.type);
    // An undirected link reads the same from both ends: one group, never "← related to".
    const direction = attrs.undirected ? 'both' : way;
    const phrase = direction === 'in' ? (spec?.inverse ?? attrs.type) : (spec?.label ?? attrs.type);
    const key = `${attrs.type}:${direction}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, phrase, direction, relations: [] }));
    const o = graph.getNodeAttributes(other);
    g.relations.push({
      id,
      type: attrs.type,
      direction,
      phrase,
      other,
      otherLabel: o.label,
      otherType: o.addedType ?? o.type,
      attrs,
    });
  };
  graph.forEachOutEdge(node, (id, attrs, _s, target) => add(id, attrs, 'out', target));
  graph.forEachInEdge(node, (id, attrs, source) => add(id, attrs, 'in', source));
  const list = [...groups.values()];
  for (const g of list) g.relations.sort((a, b) => a.otherLabel.localeCompare(b.otherLabel));
  return list.sort(
    (a, b) => b.relations.length - a.relations.length || a.phrase.localeCompare(b.phrase),
  );
}

export interface RoleHeld {
  title: string;
  /** Earliest and latest known dates the title is attested at (YYYY[-MM[-DD]]). */
  from?: string;
  to?: string;
  /** Events and organizations where the title is recorded, by date. */
  at: { id: string; label: string; date?: EdgeAttrs['date']; relation: string }[];
}

/**
 * The titles a person held, each with the events and organizations where the
 * sources attest it (relations carrying qualifiers.title), in date order.
 */
export function rolesOf(graph: ParleyGraph, person: string): RoleHeld[] {
  const byTitle = new Map<string, RoleHeld>();
  graph.forEachOutEdge(person, (id, attrs, _s, target) => {
    const title = attrs.qualifiers?.title;
    if (!title) return;
    const t = graph.getNodeAttributes(target);
    let role = byTitle.get(title);
    if (!role) byTitle.set(title, (role = { title, at: [] }));
    if (role.at.some((x) => x.id === target)) return;
    const date = attrs.date ?? t.date;
    role.at.push({ id: target, label: t.label, relation: id, ...(date ? { date } : {}) });
    const v = date?.value;
    if (v) {
      if (!role.from || v < role.from) role.from = v;
      if (!role.to || v > role.to) role.to = v;
    }
  });
  const roles = [...byTitle.values()];
  for (const r of roles)
    r.at.sort((a, b) => (a.date?.value ?? '9999').localeCompare(b.date?.value ?? '9999'));
  return roles.sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999'));
}

/** Nodes within `depth` steps of `center`, ignoring edge direction, optionally within an allowed set. */
export function egoNodes(
  graph: ParleyGraph,
  center: string,
  depth: number,
  allowedEdge: (edge: string) => boolean = () => true,
): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (edge, _a, s, t) => {
        if (!allowedEdge(edge)) return;
        const other = s === n ? t : s;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
