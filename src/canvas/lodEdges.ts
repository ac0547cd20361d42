import type { CollectionReturnValue as Collection, Core, ElementDefinition } from 'cytoscape';
import type { Selection } from '../state/viewState';
import { fromCyId, toCyId } from '../cy/ids';

/**
 * Level of detail for big graphs: the canvas holds every entity but only the
 * relations around the selection. Cytoscape visits (and bounds-checks) every
 * element on every frame, display: none or not, so 15,000 hidden edges cost
 * more per frame than 5,000 drawn nodes; leaving them out keeps panning,
 * selection and filtering fast.
 */
export interface EdgeIndex {
  byId: ReadonlyMap<string, ElementDefinition>;
  byNode: ReadonlyMap<string, readonly ElementDefinition[]>;
}

export function indexEdges(elements: readonly ElementDefinition[]): EdgeIndex {
  const byId = new Map<string, ElementDefinition>();
  const byNode = new Map<string, ElementDefinition[]>();
  const push = (node: string, d: ElementDefinition) => {
    const list = byNode.get(node);
    if (list) list.push(d);
    else byNode.set(node, [d]);
  };
  for (const d of elements) {
    if (d.group !== 'edges') continue;
    byId.set(String(d.data.id), d);
    push(String(d.data.source), d);
    if (d.data.target !== d.data.source) push(String(d.data.target), d);
  }
  return { byId, byNode };
}

/** The relations the canvas should hold for a selection. */
export function edgesAround(index: EdgeIndex, selection: Selection): readonly ElementDefinition[] {
  if (!selection) return [];
  if (selection.kind === 'entity') return index.byNode.get(toCyId(selection.id)) ?? [];
  const d = index.byId.get(toCyId(selection.id));
  return d ? [d] : [];
}

const added = new WeakMap<Core, Collection>();

/**
 * Makes the canvas hold exactly `wanted` of the level-of-detail relations:
 * the previous ones no longer wanted are removed, missing ones added (hidden
 * when the filters exclude them). Only touches a few dozen elements.
 */
export function syncEdges(
  cy: Core,
  wanted: readonly ElementDefinition[],
  visibleEdges: ReadonlySet<string>,
): void {
  const prev = (added.get(cy) ?? cy.collection()).filter((e) => !e.removed());
  const keep = new Set(wanted.map((d) => String(d.data.id)));
  cy.batch(() => {
    const stale = prev.filter((e) => !keep.has(e.id()));
    if (stale.nonempty()) cy.remove(stale);
    const missing = wanted
      .filter((d) => cy.getElementById(String(d.data.id)).empty())
      .map((d) => {
        const id = String(d.data.id);
        const classes = `${String(d.classes ?? '')} lod${visibleEdges.has(fromCyId(id)) ? '' : ' hidden'}`;
        return { group: 'edges' as const, data: { ...d.data }, classes };
      });
    const now = prev.not(stale).union(missing.length ? cy.add(missing) : cy.collection());
    added.set(cy, now);
  });
}

/**
 * The visible relations missing from the canvas, added undrawn (`lod` without
 * a selection mark is display: none) for a layout that needs them
 * (breadth-first). The caller removes them once the layout stops.
 */
export function addLayoutEdges(
  cy: Core,
  index: EdgeIndex,
  visibleEdges: ReadonlySet<string>,
): Collection {
  const defs: ElementDefinition[] = [];
  for (const [id, d] of index.byId) {
    if (visibleEdges.has(fromCyId(id)) && cy.getElementById(id).empty()) {
      defs.push({ group: 'edges', data: { ...d.data }, classes: 'lod' });
    }
  }
  return defs.length ? cy.add(defs) : cy.collection();
}
