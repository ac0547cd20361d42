import { useMemo, useRef } from 'react';
import { useCommands, type Command } from '../shortcuts';
import { ToolButton } from '../toolbar/ToolbarMenu';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  pinned: number;
  onUndo: () => void;
  onRedo: () => void;
  onUnpinAll: () => void;
}

/**
 * Undo, Redo and Unpin all in the graph toolbar, with their keys. The
 * buttons use aria-disabled, not disabled, so that the one just pressed
 * keeps focus when there is nothing more to undo.
 */
export function ViewHistoryButtons(p: Props) {
  const latest = useRef(p);
  latest.current = p;
  const commands = useMemo<Command[]>(
    () => [
      {
        name: 'undo',
        label: 'Undo the last view change (neighbours, hide, focus, pins, filters, layout)',
        keys: ['Mod+Z'],
        group: 'Graph',
        enabled: () => latest.current.canUndo,
        perform: () => latest.current.onUndo(),
      },
      {
        name: 'redo',
        label: 'Redo',
        keys: ['Shift+Mod+Z', 'Mod+Y'],
        group: 'Graph',
        enabled: () => latest.current.canRedo,
        perform: () => latest.current.onRedo(),
      },
    ],
    [],
  );
  useCommands(commands);
  const act = (enabled: boolean, run: () => void) => () => {
    if (enabled) run();
  };
  return (
    <>
      <ToolButton
        aria-disabled={!p.canUndo}
        aria-label="Undo"
        title="Undo (Ctrl+Z)"
        onClick={act(p.canUndo, p.onUndo)}
      >
        ↶
      </ToolButton>
      <ToolButton
        aria-disabled={!p.canRedo}
        aria-label="Redo"
        title="Redo (Shift+Ctrl+Z)"
        onClick={act(p.canRedo, p.onRedo)}
      >
        ↷
      </ToolButton>
      <ToolButton
        aria-disabled={p.pinned === 0}
        title={p.pinned ? `${p.pinned} pinned` : 'Nothing is pinned: drag a node to pin it'}
        onClick={act(p.pinned > 0, p.onUnpinAll)}
      >
        Unpin all
      </ToolButton>
    </>
  );
}
