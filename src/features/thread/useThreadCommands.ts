import { useMemo } from 'react';
import { threadKind } from '../../graph/threadKind';
import { useExplorer } from '../shell';
import { useCommands, type Command } from '../shortcuts';

/** "T" opens the selected entity's thread (the selection is read when the key is pressed). */
export function useThreadCommands(): void {
  const { graph, view, actions } = useExplorer();
  const commands = useMemo<Command[]>(() => {
    const selected = () => {
      const s = view.get().present.selection;
      return s?.kind === 'entity' && graph.hasNode(s.id) ? s.id : undefined;
    };
    return [
      {
        name: 'show-thread',
        label: 'Show the thread of the selected topic, agreement, mechanism or country',
        keys: ['T'],
        group: 'Time',
        enabled: () => {
          const id = selected();
          return id !== undefined && threadKind(graph, id) !== undefined;
        },
        perform: () => actions.setThread(selected()!),
      },
    ];
  }, [graph, view, actions]);
  useCommands(commands);
}
