import type { Core } from 'cytoscape';
import { useMemo, useRef } from 'react';
import { ZOOM_STEP, zoomBy } from '../canvas/viewport';
import type { SearchBoxHandle } from '../features/search/SearchBox';
import { cycleRegion } from '../features/shell';
import { useCommands, useRegistry, type Command } from '../features/shortcuts';

interface Handlers {
  cy: Core | null;
  searchRef: React.RefObject<SearchBoxHandle | null>;
  clear: () => void;
  fit: () => void;
  openHelp: () => void;
}

/** The Explorer's own commands: search, Escape, zoom, fit and help. */
export function useExplorerCommands(handlers: Handlers): void {
  const registry = useRegistry();
  const latest = useRef(handlers);
  latest.current = handlers;
  const commands = useMemo<Command[]>(() => {
    const h = () => latest.current;
    return [
      {
        name: 'search',
        label: 'Search',
        keys: ['/', 'Mod+K'],
        group: 'General',
        // Ctrl/Cmd+K also from a text field (a "/" is typed there).
        inInputs: ['Mod+K'],
        perform: () => h().searchRef.current?.focus(),
      },
      {
        name: 'escape',
        label: 'Close the innermost dialog or menu, else clear the selection',
        keys: ['Escape'],
        group: 'General',
        inInputs: true,
        perform: () => {
          if (!registry.closeLayer()) h().clear();
        },
      },
      {
        name: 'help',
        label: 'Show keyboard shortcuts',
        keys: ['?'],
        group: 'General',
        perform: () => h().openHelp(),
      },
      {
        name: 'next-region',
        label: 'Next region (search, filters, graph, details)',
        keys: ['F6'],
        group: 'General',
        inInputs: true,
        perform: () => cycleRegion(1),
      },
      {
        name: 'previous-region',
        label: 'Previous region',
        keys: ['Shift+F6'],
        group: 'General',
        inInputs: true,
        perform: () => cycleRegion(-1),
      },
      {
        name: 'canvas-move',
        label: 'Move to the neighbour in that direction (graph focused)',
        keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
        group: 'Graph',
        local: true,
        perform: () => {},
      },
      {
        name: 'canvas-select',
        label: 'Select the entity the graph focus is on',
        keys: ['Enter'],
        group: 'Graph',
        local: true,
        perform: () => {},
      },
      {
        name: 'zoom-in',
        label: 'Zoom in',
        keys: ['+', '='],
        group: 'Graph',
        perform: () => zoomBy(h().cy, ZOOM_STEP),
      },
      {
        name: 'zoom-out',
        label: 'Zoom out',
        keys: ['-'],
        group: 'Graph',
        perform: () => zoomBy(h().cy, 1 / ZOOM_STEP),
      },
      {
        name: 'fit',
        label: 'Fit the graph to the view',
        keys: ['F'],
        group: 'Graph',
        perform: () => h().fit(),
      },
    ];
  }, [registry]);
  useCommands(commands);
}
