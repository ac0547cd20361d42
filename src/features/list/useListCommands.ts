import { useMemo, useRef } from 'react';
import { useCommands, type Command } from '../shortcuts';

/** `L` switches between the graph and the List view. */
export function useListCommands(toggle: () => void): void {
  const latest = useRef(toggle);
  latest.current = toggle;
  const commands = useMemo<Command[]>(
    () => [
      {
        name: 'toggle-list',
        label: 'Switch between the graph and the List view',
        keys: ['L'],
        group: 'General',
        perform: () => latest.current(),
      },
    ],
    [],
  );
  useCommands(commands);
}
