const keys = new WeakMap<object, number>();
let next = 1;

/** A key that changes when a different dataset is loaded (the view state resets). */
export function datasetKey(o: object): number {
  let key = keys.get(o);
  if (!key) keys.set(o, (key = next++));
  return key;
}

/** The same dataset, grown (one more hop from a store): it keeps the key, so the view stays. */
export function keepKey(grown: object, from: object): void {
  keys.set(grown, datasetKey(from));
}
