import { useMemo, useRef } from 'react';
import type { Selection } from '../../state/viewState';
import { useCommands, type Command } from '../shortcuts';
import type { ViewEditActions } from './useViewEdits';

/** N shows the selected entity's neighbours, H hides it (or shows it again). */
export function useViewEditCommands(selection: Selection, edits: ViewEditActions) {
  const latest = useRef({ selection, edits });
  latest.current = { selection, edits };
  const commands = useMemo<Command[]>(() => {
    const entity = () => {
      const s = latest.current.selection;
      return s?.kind === 'entity' ? s.id : undefined;
    };
    return [
      {
        name: 'show-neighbours',
        label: 'Show the neighbours of the selected entity',
        keys: ['N'],
        group: 'Graph',
        enabled: () => entity() !== undefined,
        perform: () => latest.current.edits.showNeighbours(entity()!),
      },
      {
        name: 'hide-entity',
        label: 'Hide the selected entity (again: show it)',
        keys: ['H'],
        group: 'Graph',
        enabled: () => entity() !== undefined,
        perform: () => {
          const id = entity()!;
          const e = latest.current.edits;
          if (e.isHidden(id)) e.unhide(id);
          else e.hide(id);
        },
      },
    ];
  }, []);
  useCommands(commands);
}
