import type { ExplorerActions } from '../shell';

/** The feature's name: the key of its ask in the session. */
export const CONNECTION = 'connection';

/** "Find connection from here": the panel opens with From filled in and focus in it. */
export function findConnectionFrom(a: ExplorerActions, id: string): void {
  a.ask(CONNECTION, { from: id, autoFocus: true });
  a.setConnection(undefined);
}

export function closeConnection(a: ExplorerActions): void {
  a.unask(CONNECTION);
  a.setConnection(undefined);
}
