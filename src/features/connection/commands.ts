import { useMemo, useRef } from 'react';
import { useCommands, type Command } from '../shortcuts';

/** "Find connection" as a command (listed in Help), with its key. Loaded with the app; the panel is not. */
export function useConnectionCommands(toggle: () => void): void {
  const latest = useRef(toggle);
  latest.current = toggle;
  const commands = useMemo<Command[]>(
    () => [
      {
        name: 'find-connection',
        label: 'Find connection (open or close)',
        keys: ['C'],
        group: 'Graph',
        perform: () => latest.current(),
      },
    ],
    [],
  );
  useCommands(commands);
}
