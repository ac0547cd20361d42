import { memo, useEffect, useRef } from 'react';
import type { ParleyGraph } from '../../graph/types';
import { relationGroups } from '../../graph/queries';
import type { Source } from '../../model';
import { shownTypeOf, vocabularyOf } from '../../graph/vocabulary';
import type { Selection } from '../../state/viewState';
import { EntityLink } from '../details/EntityLink';
import { EvidenceList } from '../details/Evidence';
import './embed.css';

/** Relations shown with their quote on an entity's card; the rest are a click away in the full view. */
const SHOWN = 3;

interface Props {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  selection: Selection;
  title: string;
  onNavigate: (id: string) => void;
  onSelectRelation: (id: string) => void;
  /** Changes when a pick (search, link) should move focus to the card's heading. */
  focusNonce: number;
}

/**
 * The embed's details: one compact card under the graph with the selected
 * entity's first relations, or the selected relation, each with its quote.
 */
export const EmbedCard = memo(function EmbedCard({
  graph,
  sources,
  selection,
  title,
  onNavigate,
  onSelectRelation,
  focusNonce,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusNonce > 0) heading.current?.focus();
  }, [focusNonce]);
  const entity = selection?.kind === 'entity' && graph.hasNode(selection.id) ? selection.id : null;
  const relation =
    selection?.kind === 'relation' && graph.hasEdge(selection.id) ? selection.id : null;
  return (
    <section id="details" className="embed-card" aria-labelledby="embed-card-heading" tabIndex={-1}>
      {entity ? (
        <EntityCard
          {...{ graph, sources, onNavigate, onSelectRelation }}
          id={entity}
          heading={heading}
        />
      ) : relation ? (
        <RelationCard {...{ graph, sources, onNavigate }} id={relation} heading={heading} />
      ) : (
        <>
          <h2 id="embed-card-heading" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          <p className="hint">
            Select an entity or a relation in the graph, or search, to read the quotes it rests on.
          </p>
        </>
      )}
    </section>
  );
});

type Heading = React.RefObject<HTMLHeadingElement | null>;

function EntityCard({
  graph,
  sources,
  id,
  heading,
  onNavigate,
  onSelectRelation,
}: {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  id: string;
  heading: Heading;
  onNavigate: (id: string) => void;
  onSelectRelation: (id: string) => void;
}) {
  const a = graph.getNodeAttributes(id);
  const all = relationGroups(graph, id).flatMap((g) => g.relations);
  return (
    <>
      <h2 id="embed-card-heading" ref={heading} tabIndex={-1}>
        {a.label}{' '}
        <span className="embed-type">{vocabularyOf(graph).entityLabel(shownTypeOf(a))}</span>
      </h2>
      {a.description && <p className="embed-description">{a.description}</p>}
      <ul className="embed-relations">
        {all.slice(0, SHOWN).map((r) => (
          <li key={r.id}>
            <p>
              <button type="button" className="link-button" onClick={() => onSelectRelation(r.id)}>
                {r.phrase}
              </button>{' '}
              <EntityLink
                id={r.other}
                label={r.otherLabel}
                type={r.otherType}
                onNavigate={onNavigate}
              />
            </p>
            <EvidenceList evidence={r.attrs.evidence.slice(0, 1)} sources={sources} />
          </li>
        ))}
      </ul>
      {all.length > SHOWN && (
        <p className="hint">
          {all.length - SHOWN} more {all.length - SHOWN === 1 ? 'relation' : 'relations'}: open the
          full view to read them all.
        </p>
      )}
    </>
  );
}

function RelationCard({
  graph,
  sources,
  id,
  heading,
  onNavigate,
}: {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  id: string;
  heading: Heading;
  onNavigate: (id: string) => void;
}) {
  const a = graph.getEdgeAttributes(id);
  const [s, t] = graph.extremities(id);
  const sa = graph.getNodeAttributes(s);
  const ta = graph.getNodeAttributes(t);
  return (
    <>
      <h2 id="embed-card-heading" ref={heading} tabIndex={-1}>
        {sa.label} {vocabularyOf(graph).relationType(a.type)?.label ?? a.type} {ta.label}
      </h2>
      <p className="embed-ends">
        <EntityLink id={s} label={sa.label} type={sa.type} onNavigate={onNavigate} /> →{' '}
        <EntityLink id={t} label={ta.label} type={ta.type} onNavigate={onNavigate} />
      </p>
      <EvidenceList evidence={a.evidence} sources={sources} />
    </>
  );
}
