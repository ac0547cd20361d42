import { jsonPath, type LocatedJson } from '../jsonLocation';
import type { Problem } from '../problems';

export type Path = (string | number)[];

/** A parsed item with where it came from, so every check can point at it. */
export interface Located<T> {
  value: T;
  file: string;
  path: Path;
  json: LocatedJson;
}

/** file, JSON path and line:column of `sub` inside `item`. */
export function loc(item: Located<unknown>, sub: Path) {
  const path = [...item.path, ...sub];
  return { file: item.file, path: jsonPath(path), ...item.json.locate(path) };
}

/** A problem about one item: located at `sub` and tagged with the item's id. */
export function problemAt(
  item: Located<{ id: string }>,
  sub: Path,
  p: Pick<Problem, 'code' | 'message' | 'hint'> & { severity?: Problem['severity'] },
): Problem {
  return { severity: 'error', ...p, ...loc(item, sub), id: item.value.id };
}
