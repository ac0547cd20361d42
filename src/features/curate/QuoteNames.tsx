import { useId, useMemo } from 'react';
import { findNames } from '../../graph/nameSpans';
import type { Entity } from '../../model';
import { withNames } from '../article/names';

interface Props {
  quote: string;
  entities: readonly Entity[];
  onPick: (id: string) => void;
}

/** The quote in New relation, its names underlined as in the Article: picking one fills From, then To. */
export function QuoteNames({ quote, entities, onPick }: Props) {
  const hint = useId();
  const names = useMemo(() => findNames(quote, entities), [quote, entities]);
  const idOf = (t: EventTarget) =>
    t instanceof Element
      ? t.closest<HTMLElement>('.article-name[tabindex]')?.dataset.entity
      : undefined;
  return (
    <>
      <blockquote
        onClick={(e) => {
          const id = idOf(e.target);
          if (id) onPick(id);
        }}
        onKeyDown={(e) => {
          const id = idOf(e.target);
          if (!id || (e.key !== 'Enter' && e.key !== ' ')) return;
          e.preventDefault();
          onPick(id);
        }}
      >
        {withNames(quote, 0, quote.length, names, hint)}
      </blockquote>
      <span hidden id={hint}>
        A name the dataset has: Enter fills From (To once From is filled).
      </span>
    </>
  );
}
