import { forwardRef, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { SearchHit, SearchIndex } from '../../graph/search';
import { ENTITY_TYPE_LABELS } from '../../model';
import { TypeIcon } from '../legend/TypeIcon';

export interface SearchBoxHandle {
  focus(): void;
}

interface Props {
  index: SearchIndex;
  onPick: (id: string) => void;
}

/** An ARIA combobox: type, arrow through results, Enter picks. */
export const SearchBox = forwardRef<SearchBoxHandle, Props>(function SearchBox(
  { index, onPick },
  ref,
) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits: SearchHit[] = useMemo(() => index.search(query, 12), [index, query]);

  useImperativeHandle(ref, () => ({
    focus() {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  }));

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit.id);
    setOpen(false);
    setQuery(hit.label);
  };

  const expanded = open && query.trim() !== '';
  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search people, meetings, topics…  ( / )"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === 'Escape') {
            if (expanded) {
              e.stopPropagation();
              setOpen(false);
            } else {
              inputRef.current?.blur();
            }
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!expanded}
      >
        {expanded && hits.length === 0 && (
          <li className="search-empty" role="presentation">
            No entity matches “{query}”
          </li>
        )}
        {expanded &&
          hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown keeps focus in the input until the pick is made
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <TypeIcon type={h.type} />
              <span className="hit-label">{h.label}</span>
              {h.matchedAlias && <span className="hit-alias">“{h.matchedAlias}”</span>}
              <span className="hit-type">{ENTITY_TYPE_LABELS[h.type]}</span>
            </li>
          ))}
      </ul>
    </div>
  );
});
