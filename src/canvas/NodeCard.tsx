import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { ParleyGraph } from '../graph/types';
import { nodeFacts } from './describeNode';
import { fromCyId, toCyId } from '../cy/ids';
import './nodeCard.css';

interface Props {
  cy: Core | null;
  graph: ParleyGraph;
  /** The node the keyboard is on (shown when nothing is hovered). */
  keyboardId: string | undefined;
}

/**
 * A card beside the hovered (or keyboard-focused) node: name, type, date,
 * number of relations. Its own component with its own state, so hovering
 * re-renders only the card; aria-hidden, since the live region says the same.
 */
export function NodeCard({ cy, graph, keyboardId }: Props) {
  const [hovered, setHovered] = useState<string | undefined>();
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!cy) return;
    const over = (e: EventObject) => setHovered(fromCyId(e.target.id()));
    const out = () => setHovered(undefined);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    return () => {
      if (cy.destroyed()) return;
      cy.removeListener('mouseover', 'node', over);
      cy.removeListener('mouseout', 'node', out);
    };
  }, [cy]);
  const id = hovered ?? keyboardId;
  // Follows its node while the view moves, only while shown.
  useEffect(() => {
    if (!cy || !id) return;
    let frame = 0;
    const move = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTick((t) => t + 1));
    };
    cy.on('viewport', move);
    return () => {
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) cy.removeListener('viewport', move);
    };
  }, [cy, id]);
  if (!cy || !id || cy.destroyed()) return null;
  const node = cy.getElementById(toCyId(id));
  const facts = nodeFacts(graph, id);
  if (node.empty() || !facts || node.hasClass('hidden')) return null;
  const p = node.renderedPosition();
  const r = node.renderedOuterWidth() / 2;
  const flip = p.x > cy.width() - 240;
  const style = {
    top: Math.max(4, p.y - r - 8),
    ...(flip ? { right: cy.width() - p.x + r + 8 } : { left: p.x + r + 8 }),
  };
  return (
    <div className="node-card" style={style} aria-hidden="true" data-testid="node-card">
      <strong>{facts.label}</strong>
      <span>
        {facts.type}
        {facts.date ? ` · ${facts.date}` : ''}
      </span>
      <span>
        {facts.relations} {facts.relations === 1 ? 'relation' : 'relations'}
      </span>
    </div>
  );
}
