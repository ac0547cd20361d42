import { moveSelection, type SelectionMove, type TextRange } from '../../graph/keySelection';

/**
 * The DOM side of selecting a passage by keys: the article text's offsets to
 * and from the page's own selection, so that what the keys select is the
 * same selection a pointer makes (the Selection toolbar reads it).
 */

/** The offset in `host`'s text of a point (node, offset) inside it. */
function offsetOf(host: HTMLElement, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(host, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/** The page's selection, when it lies in `host`, as offsets. */
export function selectedRange(host: HTMLElement): TextRange | undefined {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
  const r = sel.getRangeAt(0);
  if (!host.contains(r.startContainer) || !host.contains(r.endContainer)) return undefined;
  return {
    start: offsetOf(host, r.startContainer, r.startOffset),
    end: offsetOf(host, r.endContainer, r.endOffset),
  };
}

/** Selects [start, end) of `host`'s text on the page. */
export function select(host: HTMLElement, { start, end }: TextRange): void {
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  const point = (at: number, isEnd: boolean): [Node, number] => {
    let seen = 0;
    let last: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      last = n;
      // An end on a node's edge stays in that node; a start goes on to the next.
      if (at < seen + n.data.length || (isEnd && at === seen + n.data.length))
        return [n, at - seen];
      seen += n.data.length;
    }
    return last ? [last, last.data.length] : [host, 0];
  };
  const range = document.createRange();
  walker.currentNode = host;
  range.setStart(...point(start, false));
  walker.currentNode = host;
  range.setEnd(...point(end, true));
  const sel = document.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** The key's move, if it is one of the selection keys (see README, Curating). */
export function moveOfKey(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  selected: boolean,
  at: number,
): SelectionMove | undefined {
  if (e.altKey) return undefined;
  const ctrl = e.ctrlKey || e.metaKey;
  if (!ctrl && (e.key === 's' || e.key === 'S')) {
    if (!selected) return { kind: 'sentence', at };
    return { kind: 'step', by: e.key === 'S' ? -1 : 1 };
  }
  if (!e.shiftKey || !selected) return undefined;
  if (ctrl && e.key === 'ArrowRight') return { kind: 'start', by: 1 };
  if (ctrl && e.key === 'ArrowLeft') return { kind: 'start', by: -1 };
  if (ctrl) return undefined;
  if (e.key === 'ArrowRight') return { kind: 'end', unit: 'word', by: 1 };
  if (e.key === 'ArrowLeft') return { kind: 'end', unit: 'word', by: -1 };
  if (e.key === 'ArrowDown') return { kind: 'end', unit: 'sentence', by: 1 };
  if (e.key === 'ArrowUp') return { kind: 'end', unit: 'sentence', by: -1 };
  return undefined;
}

/**
 * Handles a selection key in the article text: moves the page's selection
 * and returns the passage now selected, or undefined when the key is not one.
 */
export function keySelect(
  e: React.KeyboardEvent,
  host: HTMLElement,
  text: string,
  sentences: readonly TextRange[],
): string | undefined {
  const current = selectedRange(host);
  const target = e.target instanceof Node && host.contains(e.target) ? e.target : host;
  const at = target === host ? 0 : offsetOf(host, target, 0);
  const move = moveOfKey(e, current !== undefined, at);
  if (!move) return undefined;
  const next = moveSelection(text, sentences, current, move);
  if (!next) return undefined;
  select(host, next);
  return text.slice(next.start, next.end);
}
