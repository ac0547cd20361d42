/**
 * Runs `fn` in a task of its own right after the next frame is painted, so
 * work that can wait (a big graph's canvas marks) never delays the frame that
 * shows what was asked for (the Details of a click). Returns a cancel.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
