import type { Core, NodeSingular } from 'cytoscape';
import { useCallback, useRef, useState } from 'react';
import type { ParleyGraph } from '../graph/types';
import type { Selection } from '../state/viewState';
import { announceNode, nodeFacts } from './describeNode';
import { ARROWS, pickInDirection } from './direction';
import { fromCyId, toCyId } from '../cy/ids';

const MARGIN = 60;

/**
 * Keyboard on the canvas: focus lands on the selection (or the most connected
 * entity); arrow keys move to the neighbour in that direction (any entity
 * there when no neighbour is), Enter or Space selects; each move is announced.
 */
export function useCanvasKeyboard(
  cy: Core | null,
  graph: ParleyGraph,
  selection: Selection,
  onSelect: (s: Selection) => void,
) {
  const [focusId, setFocusId] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const current = useRef<string | undefined>(undefined);

  const focusNode = useCallback(
    (n: NodeSingular) => {
      if (!cy) return;
      cy.batch(() => {
        if (current.current) cy.getElementById(current.current).removeClass('kbd-focus');
        n.addClass('kbd-focus');
      });
      current.current = n.id();
      setFocusId(fromCyId(n.id()));
      const p = n.renderedPosition();
      if (p.x < MARGIN || p.y < MARGIN || p.x > cy.width() - MARGIN || p.y > cy.height() - MARGIN)
        cy.animate({ center: { eles: n } }, { duration: 200 });
      const facts = nodeFacts(graph, fromCyId(n.id()));
      const selected = selection?.kind === 'entity' && selection.id === fromCyId(n.id());
      if (facts) setAnnouncement(announceNode(facts) + (selected ? ', selected' : ''));
    },
    [cy, graph, selection],
  );

  const shown = useCallback(() => (cy ? cy.nodes().not('.hidden') : null), [cy]);

  const start = useCallback(() => {
    const nodes = shown();
    if (!cy || !nodes || nodes.empty()) {
      setAnnouncement('The graph is empty.');
      return;
    }
    const keep = current.current ? cy.getElementById(current.current) : null;
    if (keep && keep.nonempty() && !keep.hasClass('hidden')) return focusNode(keep);
    const sel = selection?.kind === 'entity' ? cy.getElementById(toCyId(selection.id)) : null;
    if (sel && sel.nonempty() && !sel.hasClass('hidden')) return focusNode(sel);
    let best = nodes[0]!;
    nodes.forEach((n) => {
      if (n.degree(false) > best.degree(false)) best = n;
    });
    focusNode(best);
  }, [cy, selection, shown, focusNode]);

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (!cy || e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
      const from = current.current ? cy.getElementById(current.current) : null;
      const dir = Object.hasOwn(ARROWS, e.key) ? ARROWS[e.key] : undefined;
      if (dir) {
        e.preventDefault();
        if (!from || from.empty()) return start();
        const at = from.renderedPosition();
        const candidates = (hood: ReturnType<Core['nodes']>) =>
          hood.map((n) => ({ n, ...n.renderedPosition() }));
        const next =
          pickInDirection(at, candidates(from.neighborhood('node').not('.hidden')), dir) ??
          pickInDirection(at, candidates(cy.nodes().not('.hidden').not(from)), dir);
        if (next) focusNode(next.n);
        else
          setAnnouncement(
            `No entity further ${dir === 'up' || dir === 'down' ? dir : `to the ${dir}`}.`,
          );
      } else if ((e.key === 'Enter' || e.key === ' ') && from?.nonempty()) {
        e.preventDefault();
        onSelect({ kind: 'entity', id: fromCyId(from.id()) });
        const facts = nodeFacts(graph, fromCyId(from.id()));
        if (facts) setAnnouncement(`Selected ${facts.label}.`);
      }
    },
    [cy, graph, start, focusNode, onSelect],
  );

  const onFocus = useCallback(
    (e: React.FocusEvent<HTMLElement>) => {
      // A click focuses the region too: only keyboard focus shows the ring.
      if (e.target === e.currentTarget && e.currentTarget.matches(':focus-visible')) start();
    },
    [start],
  );

  const onBlur = useCallback(() => {
    if (cy && !cy.destroyed() && current.current)
      cy.getElementById(current.current).removeClass('kbd-focus');
    setFocusId(undefined);
  }, [cy]);

  return { focusId, announcement, onKeyDown, onFocus, onBlur };
}
