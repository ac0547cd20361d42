/** Runs `fn` when the page is next idle (within 3 s), or soon where the browser has no idle callbacks. */
export function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 3000 });
  else setTimeout(fn, 0);
}
