/// <reference lib="webworker" />
import { runForceLayout, type ForceInput } from './forceLayout';

// Force layouts run here so the page never freezes, whatever the graph size.
self.onmessage = (event: MessageEvent<{ id: number; input: ForceInput }>) => {
  const { id, input } = event.data;
  try {
    const positions = runForceLayout(input);
    self.postMessage({ id, positions });
  } catch (e) {
    self.postMessage({ id, error: String(e) });
  }
};
