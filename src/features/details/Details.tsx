import { useCallback, type ReactNode } from 'react';
import { findConnectionFrom } from '../connection/open';
import { useAnalysis } from '../encoding/useAnalysis';
import { useExplorer, useSession, useShown, useTimeWindow, useView } from '../shell';
import { DetailsPanel } from './DetailsPanel';

/**
 * The Details region, reading the stores: the selection, its focus depth,
 * the time window. Its buttons open the Thread, Compare and Find connection
 * through the named actions.
 */
export function Details({ summary }: { summary: ReactNode }) {
  const { graph, sources, actions } = useExplorer();
  const { focusCenter, edits } = useShown();
  const selection = useView((v) => v.selection);
  const depth = useView((v) => v.focusDepth);
  const timeWindow = useTimeWindow();
  const focusNonce = useSession((s) => s.detailsFocus);
  const { importance } = useAnalysis();
  const compareWith = useCallback((id: string) => actions.setCompare([id, '']), [actions]);
  const findFrom = useCallback((id: string) => findConnectionFrom(actions, id), [actions]);
  return (
    <DetailsPanel
      graph={graph}
      sources={sources}
      selection={selection}
      focusDepth={selection?.kind === 'entity' && selection.id === focusCenter ? depth : 0}
      edits={edits}
      timeWindow={timeWindow}
      onNavigate={actions.navigate}
      onSelectRelation={actions.selectRelation}
      onFocus={actions.focus}
      onClose={actions.clear}
      onShowThread={actions.setThread}
      onCompareWith={compareWith}
      onFindConnection={findFrom}
      importance={importance}
      summary={summary}
      focusNonce={focusNonce}
    />
  );
}
