import { useMemo } from 'react';
import { useExplorer } from '../shell';
import { useCommands, type Command } from '../shortcuts';

/** Shift+C opens Compare (with the selected meeting first). */
export function useCompareCommands(): void {
  const { graph, view, actions } = useExplorer();
  const commands = useMemo<Command[]>(
    () => [
      {
        name: 'compare',
        label: 'Compare two meetings (the selected one first)',
        keys: ['Shift+C'],
        group: 'Time',
        perform: () => {
          const s = view.get().present.selection;
          const id = s?.kind === 'entity' && graph.hasNode(s.id) ? s.id : undefined;
          const isMeeting = id && graph.getNodeAttribute(id, 'type') === 'meeting';
          actions.setCompare([isMeeting ? id : '', '']);
        },
      },
    ],
    [graph, view, actions],
  );
  useCommands(commands);
}
