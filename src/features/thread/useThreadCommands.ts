import { useMemo, useRef } from 'react';
import { threadKind } from '../../graph/threadKind';
import type { ParleyGraph } from '../../graph/types';
import type { Selection } from '../../state/viewState';
import { useCommands, type Command } from '../shortcuts';

/** "T" opens the selected entity's thread; Shift+C opens Compare (with the selected meeting first). */
export function useThreadCommands(h: {
  graph: ParleyGraph;
  selection: Selection;
  showThread: (id: string) => void;
  compare: (first: string) => void;
}): void {
  const latest = useRef(h);
  latest.current = h;
  const commands = useMemo<Command[]>(() => {
    const selected = () => {
      const { graph, selection } = latest.current;
      return selection?.kind === 'entity' && graph.hasNode(selection.id) ? selection.id : undefined;
    };
    return [
      {
        name: 'show-thread',
        label: 'Show the thread of the selected topic, agreement, mechanism or country',
        keys: ['T'],
        group: 'Time',
        enabled: () => {
          const id = selected();
          return id !== undefined && threadKind(latest.current.graph, id) !== undefined;
        },
        perform: () => latest.current.showThread(selected()!),
      },
      {
        name: 'compare',
        label: 'Compare two meetings (the selected one first)',
        keys: ['Shift+C'],
        group: 'Time',
        perform: () => {
          const id = selected();
          const isMeeting = id && latest.current.graph.getNodeAttribute(id, 'type') === 'meeting';
          latest.current.compare(isMeeting ? id : '');
        },
      },
    ];
  }, []);
  useCommands(commands);
}
