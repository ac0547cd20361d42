import type { EdgeAttrs, ParleyGraph } from '../../graph/types';
import { EntityLink } from './EntityLink';

interface Props {
  attrs: Pick<EdgeAttrs, 'at' | 'by' | 'on_behalf_of'>;
  graph: ParleyGraph;
  onNavigate: (id: string) => void;
  /** Leave out the meeting, e.g. when the list is already grouped by it. */
  hideMeeting?: boolean;
}

/** "at 12th dialogue · by Ha Kim Ngoc · for Vietnam": a relation's typed statement fields, as links. */
export function StatementFields({ attrs, graph, onNavigate, hideMeeting }: Props) {
  const parts: [string, string[]][] = [];
  if (attrs.at && !hideMeeting) parts.push(['at', [attrs.at]]);
  if (attrs.by?.length) parts.push(['by', attrs.by]);
  if (attrs.on_behalf_of?.length)
    parts.push([attrs.on_behalf_of.length > 1 ? 'jointly for' : 'for', attrs.on_behalf_of]);
  if (!parts.length) return null;
  return (
    <p className="qualifiers statement-fields">
      {parts.map(([word, ids]) => (
        <span key={word}>
          {word}{' '}
          {ids.map((id, i) => (
            <span key={id}>
              {i > 0 && (i === ids.length - 1 ? ' and ' : ', ')}
              {graph.hasNode(id) ? (
                <EntityLink
                  id={id}
                  label={graph.getNodeAttribute(id, 'label')}
                  type={graph.getNodeAttribute(id, 'type')}
                  onNavigate={onNavigate}
                />
              ) : (
                id
              )}
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}
