import type { ReactNode } from 'react';
import type { NameSpan } from '../../graph/nameSpans';

/**
 * The stretch [start, end) of `text` with the entity names in it underlined
 * (curating). A name cut by a quote's edge is underlined on both sides, but
 * only the part holding its start is a control: one stop per name.
 */
export function withNames(
  text: string,
  start: number,
  end: number,
  names: readonly NameSpan[],
  hint: string,
): ReactNode[] {
  const out: ReactNode[] = [];
  let pos = start;
  for (const n of names) {
    if (n.end <= start) continue;
    if (n.start >= end) break;
    const a = Math.max(n.start, start);
    const b = Math.min(n.end, end);
    if (a > pos) out.push(text.slice(pos, a));
    const own = n.start >= start;
    out.push(
      own ? (
        <span
          key={a}
          role="button"
          tabIndex={0}
          className="article-name"
          data-entity={n.id}
          aria-describedby={hint}
          title={`Pick for New relation: ${n.name}`}
        >
          {text.slice(a, b)}
        </span>
      ) : (
        <span key={a} className="article-name continued" data-entity={n.id}>
          {text.slice(a, b)}
        </span>
      ),
    );
    pos = b;
  }
  if (pos < end) out.push(text.slice(pos, end));
  return out;
}
