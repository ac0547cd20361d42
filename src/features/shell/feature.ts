import type { ComponentType, ReactNode } from 'react';
import type { AddressPart } from '../../state/urlCodec';
import type { ExplorerActions } from './actions';

/**
 * Where a panel goes. The shell lays the slots out; a feature only names one.
 *   top      the top bar's actions (Open…, Export, …)
 *   side     the Legend and filters column (a drawer on a phone)
 *   lead     the start of the graph toolbar (Graph | List)
 *   toolbar  the graph toolbar (behind "More" on a phone)
 *   stage    over the graph (Find connection, Comparison, the List view); a bottom sheet on a phone
 *   bottom   under the graph (the time bar)
 *   aside    beside the graph over the stage's left (the Article); a sheet on a phone
 *   details  the Details column (the Thread lays itself over it); below the graph on a phone
 */
export type SlotName =
  'top' | 'side' | 'lead' | 'toolbar' | 'stage' | 'bottom' | 'aside' | 'details';

export interface PanelSpec {
  /** Names the panel in its failure message ("The thread could not be shown"). */
  name: string;
  slot: SlotName;
  /** The panel. It reads the stores itself; usually `React.lazy` (its own chunk). */
  Component: ComponentType;
  /** A hook: the panel is shown while it returns true. Always shown when absent. */
  useOpen?: () => boolean;
  /**
   * Closes the panel. The slot calls it for Escape (the panel is an Escape
   * layer while open) and for Close in its failure message; the panel's own
   * Close button gets it from usePanelClose().
   */
  close?: (actions: ExplorerActions) => void;
  /**
   * Where focus goes when the panel closes and focus was in it (or lost):
   * the first of these selectors that takes focus. Default: the Details heading.
   * A function names the element that opened the panel: focus goes back to it
   * whenever the panel is closed (Escape, its Close), else to Details.
   */
  returnFocus?: readonly string[] | (() => HTMLElement | null);
  /** Stands in while the panel's code loads. */
  loading?: ReactNode;
  /** The class of the panel's box in its slot (how it is placed there). */
  className?: string;
  /** Covers part of the canvas: framing a path on the canvas keeps clear of it. */
  coversCanvas?: boolean;
}

/** A feature: what it brings to the explorer. The shell composes these; it knows none by name. */
export interface Feature {
  name: string;
  panels?: readonly PanelSpec[];
  /**
   * Renders nothing: registers the feature's commands (src/features/shortcuts)
   * and publishes its canvas marks. Mounted once, for the explorer's life.
   */
  Controller?: ComponentType;
  /**
   * The address keys it owns (src/state/address/): src/state/urlCodec.ts
   * lists every part once and checks the whole address.
   */
  address?: readonly AddressPart[];
  /** Wraps the explorer: a context the feature computes once and several panels read. */
  Provider?: ComponentType<{ children: ReactNode }>;
}
