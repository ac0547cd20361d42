import type { ForceInput } from './forceLayout';
import type { Positions } from './timeline';

type Reply = { id: number; positions?: Positions; error?: string };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      // Cloned into a plain object: back to no prototype, so an id "constructor" is just a key.
      if (e.data.positions)
        p.resolve(Object.assign(Object.create(null) as Positions, e.data.positions));
      else p.reject(new Error(`layout worker: ${e.data.error ?? 'no positions'}`));
    };
    worker.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(`layout worker: ${e.message}`));
      pending.clear();
      worker = undefined;
    };
  }
  return worker;
}

/** Force layout off the main thread. A newer request does not cancel an older one; callers ignore stale replies. */
export function forceLayoutInWorker(input: ForceInput): Promise<Positions> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, input });
  });
}

/**
 * Stops every layout in progress (an open cancelled while its graph was laid
 * out): the worker is terminated and their promises never settle — the views
 * that asked are gone. The next request starts a fresh worker.
 */
export function stopLayouts(): void {
  worker?.terminate();
  worker = undefined;
  pending.clear();
}
