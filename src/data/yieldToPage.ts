/**
 * Lets the page breathe between steps of long work (validation, drawing):
 * the browser may paint and handle input before the next step runs, so no
 * single task blocks the main thread for long. `scheduler.yield()` where the
 * browser has it (it resumes ahead of other queued tasks), else a message
 * task (setTimeout would be clamped to 4 ms after a few nested calls).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel !== 'function') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
