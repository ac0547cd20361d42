import type { CollectionReturnValue as Collection, Core } from 'cytoscape';
import { toCyId } from '../cy/ids';

/** What the time bar and the thread mark on the canvas, beyond visibility and selection. */
export interface CanvasMarks {
  /** "As of": meetings and relations after the date (faded). */
  later?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** "As of": people's titles then, shown under their names. */
  titles?: ReadonlyMap<string, string>;
  /** The open thread: its entities and relations, and the meetings to join in order. */
  thread?: {
    nodes: ReadonlySet<string>;
    edges: ReadonlySet<string>;
    links: readonly (readonly [string, string])[];
  };
}

/** Elements the marks added (thread links): applyVisibility leaves them alone. */
export const OVERLAY_CLASS = 'overlay';

const applied = new WeakMap<Core, { marked: Collection; added: Collection }>();

function byIds(cy: Core, ids: Iterable<string>): Collection {
  let c = cy.collection();
  for (const id of ids) {
    const e = cy.getElementById(toCyId(id));
    if (!e.empty()) c = c.union(e);
  }
  return c;
}

/**
 * Applies the marks in one batch, undoing the previous ones first. Thread
 * links are joined only when `joinLinks` (the timeline layout, where the
 * meetings run left to right).
 */
export function applyMarks(cy: Core, marks: CanvasMarks, joinLinks: boolean): void {
  cy.batch(() => {
    const prev = applied.get(cy);
    if (prev) {
      prev.marked.removeClass('later titled thread thread-off');
      cy.remove(prev.added);
    }
    let marked = cy.collection();
    if (marks.later) {
      const later = byIds(cy, [...marks.later.nodes, ...marks.later.edges]);
      later.addClass('later');
      marked = marked.union(later);
    }
    if (marks.titles) {
      for (const [id, title] of marks.titles) {
        const n = cy.getElementById(toCyId(id));
        if (n.empty()) continue;
        n.data('titled', `${String(n.data('label'))}\n${title}`);
        n.addClass('titled');
        marked = marked.union(n);
      }
    }
    let added = cy.collection();
    if (marks.thread) {
      const on = byIds(cy, [...marks.thread.nodes, ...marks.thread.edges]);
      const off = cy.elements().not(on);
      on.addClass('thread');
      off.addClass('thread-off');
      marked = marked.union(on).union(off);
      if (joinLinks) {
        const defs = marks.thread.links
          .map(([a, b]) => [toCyId(a), toCyId(b)] as const)
          .filter(([a, b]) => !cy.getElementById(a).empty() && !cy.getElementById(b).empty())
          .map(([a, b], i) => ({
            group: 'edges' as const,
            data: { id: `~thread-link:${i}`, source: a, target: b },
            classes: `${OVERLAY_CLASS} thread-link`,
          }));
        added = cy.add(defs);
      }
    }
    applied.set(cy, { marked, added });
  });
}
